// Tests: a panic deep in a call chain runs deferred calls on the way up; the traceback lists each frame.
package main

import "fmt"

func inner() {
	defer fmt.Println("inner defer")
	panic("deep")
}

func middle() {
	defer fmt.Println("middle defer")
	inner()
}

func main() {
	defer fmt.Println("main defer")
	middle()
	fmt.Println("unreachable")
}
