package main

import "fmt"

type Pair[K comparable, V any] struct {
	K K
	V V
}

// Generic type aliases declared in function bodies (Go 1.24), in a plain
// function and in a generic one, whose aliases may use its type parameters.
func show[T any](x T) {
	type L[E any] = []E
	type P[V any] = Pair[string, V]
	type Both[V comparable] = Pair[string, map[V]T]
	var l L[T] = []T{x}
	p := P[int]{"a", 1}
	b := Both[bool]{"b", map[bool]T{true: x}}
	fmt.Println(l, p, len(l), b)
	fmt.Printf("%T %T %T\n", l, p, b)
}

func main() {
	type S[E any] = []E
	type M[V any] = map[string]V
	var s S[int] = []int{1, 2}
	m := M[bool]{"x": true}
	fmt.Println(s, m)
	fmt.Printf("%T %T\n", s, m)
	show(3)
	show("x")
}
