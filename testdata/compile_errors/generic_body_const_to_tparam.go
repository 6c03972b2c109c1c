// Tests: an untyped constant assigned to a type parameter without specific types
package main

func zero[T any]() T {
	var x T = 0
	return x
}

func main() {
	_ = zero[int]()
}
