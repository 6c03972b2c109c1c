package main

import "fmt"

type G[T any] struct{ v T }

func F[T any]() { var g G[T]; fmt.Printf("%T %v\n", g, g) }

func main() {
	type loc struct{ a int }
	fmt.Printf("%T\n", G[loc]{})
	fmt.Printf("%T\n", loc{})
	F[loc]()
	func() {
		type loc int
		fmt.Printf("%T\n", G[loc]{})
		type other string
		fmt.Printf("%T %T\n", G[other]{}, []G[*other]{})
	}()
	var e any = G[loc]{}
	_ = e.(G[int])
}
