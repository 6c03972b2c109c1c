// Tests: compile error: a type assertion to a type that cannot implement the interface
package main

type I interface{ M() }

type T struct{}

func main() {
	var i I
	_ = i.(T)
}
