// Tests: generic types declared inside functions (Go 1.27 accepts them): instantiation, recursion, and gc's names for instances inside generic functions
package main

import "fmt"

type Num interface{ ~int | ~float64 }

func Wrap[T Num](x T) any {
	type Box[U any] struct {
		t T
		u U
	}
	type Node[V any] struct {
		v    V
		next *Node[V]
	}
	n := &Node[T]{v: x, next: &Node[T]{v: x * 2}}
	fmt.Printf("%T %v\n", n, n.next.v)
	return Box[string]{x, "s"}
}

func main() {
	type Celsius float64
	type Pair[A, B any] struct {
		a A
		b B
	}
	type Set[K comparable] map[K]struct{}
	s := Set[Celsius]{1.5: {}}
	fmt.Println(len(s), Pair[Celsius, int]{2, 3})
	fmt.Printf("%v %T\n", Wrap(3), Wrap(2.5))
	var p Pair[int, Pair[string, bool]]
	fmt.Printf("%+v\n", p)
	f := func() {
		type Opt[T any] struct{ v *T }
		fmt.Printf("%T\n", Opt[int]{})
	}
	f()
	type List[T any] []T
	var l List[int] = List[int]{1, 2}
	fmt.Printf("%T %v %v\n", l, l, any(l) == any(List[int](nil)))
}
