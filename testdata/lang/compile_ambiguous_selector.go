// Tests: compile error: a method promoted from two embedded types at the same depth is ambiguous.
package main

import "fmt"

type D struct{}

func (D) N() string { return "D" }

type E struct{}

func (E) N() string { return "E" }

type F struct {
	D
	E
}

func main() {
	fmt.Println(F{}.N())
}
