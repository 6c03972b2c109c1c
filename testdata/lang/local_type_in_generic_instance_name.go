package main

import "fmt"

type G[T any] struct{ v T }

func H[T any](x T) { fmt.Printf("%T\n", x) }

func F[T any]() {
	type loc struct{ t T }
	H(G[loc]{})
	H([]*loc{})
	var e any = map[string]G[*loc]{}
	fmt.Printf("%T\n", e)
}

func main() {
	F[int]()
	F[G[string]]()
}
