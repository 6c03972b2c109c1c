// Tests: two generic types whose declarations instantiate each other with ever bigger arguments are an instantiation cycle even when never used
package main

type A[T any] struct{ b *B[A[T]] }
type B[T any] struct{ a A[T] }

func main() {}
