// Tests: compile error: == on a type parameter constrained by any
package main

func Eq[T any](a, b T) bool {
	return a == b
}

func main() {
	_ = Eq(1, 2)
}
