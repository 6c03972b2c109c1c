// Tests: compile error: + on a type parameter constrained by any
package main

func Sum[T any](a, b T) T {
	return a + b
}

func main() {
	_ = Sum(1, 2)
}
