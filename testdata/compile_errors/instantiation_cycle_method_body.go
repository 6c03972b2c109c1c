// An instantiation cycle through a generic type's method body: B[T]'s
// Grow uses B[B[T]], whose Grow uses B[B[B[T]]]... types2 finds it in the
// declarations (mono.go), with the step that makes the bigger type.
package main

type B[T any] struct{ v T }

func (b B[T]) Grow(n int) {
	if n > 0 {
		B[B[T]]{b}.Grow(n - 1)
	}
}

func main() {
	B[int]{1}.Grow(2)
}
