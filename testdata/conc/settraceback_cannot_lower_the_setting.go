// Tests: debug.SetTraceback("none") cannot lower the environment's setting (single when GOTRACEBACK is unset): the traceback is still printed.
package main

import "runtime/debug"

func main() {
	debug.SetTraceback("none")
	panic("x")
}
