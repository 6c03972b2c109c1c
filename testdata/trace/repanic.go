// Tests: a deferred function recovers and panics again; the caller recovers the new panic
// @unwind-report
// @trace-plain
package main

import "fmt"

func f() {
	defer func() {
		r := recover()
		fmt.Println("recovered", r, "- panicking again")
		panic(fmt.Sprint("re-", r))
	}()
	panic("first")
}

func main() {
	defer func() {
		fmt.Println("main recovered:", recover())
	}()
	f()
	fmt.Println("not reached")
}
