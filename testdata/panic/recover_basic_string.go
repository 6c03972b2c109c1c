// Tests: recover returns the panic value and execution continues after the caller.
package main

import "fmt"

func f() {
	defer func() {
		r := recover()
		fmt.Printf("recovered %v %T\n", r, r)
	}()
	fmt.Println("before panic")
	panic("boom")
	fmt.Println("unreachable")
}

func main() {
	f()
	fmt.Println("main continues")
}
