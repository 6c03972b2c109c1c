package main

import "fmt"

type Box[K comparable, V any] struct{ k K; v V }

func (b Box[K, V]) M() {
	type loc struct{ k K }
	fmt.Printf("%T\n", loc{})
	func() {
		type inner int
		fmt.Printf("%T %T\n", inner(0), []Box[inner, loc]{})
	}()
}

func Two[A, B any](a A, b B) {
	type pair struct{ a A; b B }
	fmt.Printf("%T %v\n", pair{a, b}, pair{a, b})
}

func main() {
	Box[string, int]{}.M()
	Two(1, "x")
	Two[Box[int, int], *int](Box[int, int]{}, nil)
}
