// Tests: compile error: runtime.Goexit is an ordinary call, not a terminating statement.
package main

import "runtime"

func f() int {
	runtime.Goexit()
}

func main() {
	f()
}
