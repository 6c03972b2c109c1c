// Tests: < on a type parameter constrained by comparable
package main

func less[T comparable](a, b T) bool { return a < b }

func main() {
	_ = less(1, 2)
}
