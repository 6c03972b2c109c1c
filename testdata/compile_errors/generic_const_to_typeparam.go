// Tests: compile error: an untyped constant assigned to a type parameter variable
package main

func Zero[T any]() T {
	var x T = 0
	return x
}

func main() {
	_ = Zero[int]()
}
