// Tests: types2 checks instantiation cycles only in a program without other errors: the other error is reported
package main

type A[T any] struct{ b *B[A[T]] }
type B[T any] struct{ a A[T] }

func main() {
	var s string = 1
	_ = s
}
