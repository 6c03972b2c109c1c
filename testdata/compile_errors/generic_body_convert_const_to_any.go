// Tests: converting a constant to a type parameter without specific types
package main

func five[T any]() T {
	return T(5)
}

func main() {}
