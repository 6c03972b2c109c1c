package main

import "fmt"

type G[T any] struct{ v T }

type S struct{}

func (S) M() {
	type inM int
	fmt.Printf("%T\n", G[inM]{})
}

func Gen[T any]() {
	type inGen struct{ t T }
	fmt.Printf("%T\n", G[inGen]{})
}

var f = func() {
	type inVar int
	fmt.Printf("%T\n", G[[]inVar]{})
}

func main() {
	f()
	S{}.M()
	Gen[int]()
	Gen[string]()
	type A = int
	type B struct{}
	fmt.Printf("%T %T\n", G[A]{}, map[string]G[B]{})
}
