// Local types in type arguments print as gc's link names: with the
// number gc gives each local type declaration of the package (counted in
// source order, aliases not counted), and types declared in a generic
// function carry its type arguments. Unexported field and method names
// in type arguments are qualified; an embedded field whose name is not
// its type's is written `Name = Type`.
package main

import (
	"fmt"
	"strings"
)

type G[T any] struct{ x T }

type Pair[K comparable, V any] struct {
	k K
	v V
}

type M struct{}

var lit = func() any {
	type inLit int
	return G[inLit]{}
}

type S[A, B any] struct{}

func (S[A, B]) m() any {
	type in struct{}
	type gin[C any] struct{}
	return []any{in{}, gin[bool]{}, Pair[in, A]{}}
}

func two[K comparable, V any]() []any {
	type e struct{}
	type g[X any] int
	return []any{e{}, g[K](0), Pair[e, g[V]]{}}
}

func gen[T any](v T) any {
	type inner struct{ v T }
	fmt.Printf("%T %T %v\n", inner{}, G[inner]{}, inner{v})
	return inner{v}
}

func main() {
	type unused int
	type alias = int
	type loc int
	type loc2 struct{ y int }
	fmt.Printf("%T %T %v\n", loc(1), G[loc]{}, G[loc2]{})
	fmt.Printf("%T %T %T\n", Pair[loc, []loc2]{}, G[*loc]{}, G[alias]{})
	if true {
		type loc int
		fmt.Printf("%T\n", G[loc]{})
	}
	fmt.Printf("%T\n", lit())
	fmt.Printf("%T\n", S[int, string]{}.m())
	for _, x := range two[string, float64]() {
		fmt.Printf("%T\n", x)
	}
	a, b := gen(1), gen("s")
	fmt.Printf("%T %T %v\n", a, b, a == b)
	for i := 0; i < 2; i++ {
		type inLoop int
		fmt.Printf("%T\n", G[inLoop]{})
	}
	fmt.Printf("%T\n", G[struct{ z, Y int }]{})
	fmt.Printf("%T\n", G[struct{ M }]{})
	fmt.Printf("%T\n", G[struct{ *G[int] }]{})
	fmt.Printf("%T\n", G[struct{ strings.Builder }]{})
	fmt.Printf("%T\n", G[interface{ m(); M() }]{})
	var e any = G[loc]{}
	fmt.Printf("%v %+v %#v\n", e, e, e)
	_ = e.(G[string])
}
