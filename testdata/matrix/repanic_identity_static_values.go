// Tests: re-panic identity of static values: a composite literal of constants (ValErr{"v"}) is static read-only data in Go, and recovering a constant then panicking the same constant again prints [recovered, repanicked]
package main

import "fmt"

type ValErr struct{ msg string }

func (e ValErr) Error() string { return "valerr: " + e.msg }

func a() { panic(ValErr{"v"}) }

func main() {
	defer func() { panic(ValErr{"v"}) }()
	defer a()
	defer func() {
		r := recover()
		fmt.Println("recovered", r)
		panic("same")
	}()
	panic("same")
}
