// Tests: a generic type whose declaration instantiates itself with a bigger argument, used in main: the cycle is reported at its type parameter
package main

type L[T any] struct {
	next *L[[]T]
}

func main() {
	var l L[int]
	_ = l
}
