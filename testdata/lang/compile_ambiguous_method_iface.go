// Tests: compile error: a type whose method is ambiguous does not implement the interface.
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

type I interface{ N() string }

func main() {
	var i I = F{}
	fmt.Println(i)
}
