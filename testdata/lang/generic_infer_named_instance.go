// Tests: type inference unifies instances of generic named types (*List[T] with *List[int], List[T] with List[int], iter.Seq[E] with a func literal)
package main

import (
	"fmt"
	"iter"
)

type List[T any] struct{ v T }

type Pair[K comparable, V any] struct {
	k K
	v V
}

func Head[T any](l *List[T]) T { return l.v }

func Map[T, U any](l List[T], f func(T) U) List[U] { return List[U]{f(l.v)} }

func Swap[K, V comparable](p Pair[K, V]) Pair[V, K] { return Pair[V, K]{p.v, p.k} }

func Collect[E any](seq iter.Seq[E]) []E {
	var out []E
	for x := range seq {
		out = append(out, x)
	}
	return out
}

func main() {
	fmt.Println(Head(&List[int]{7}))
	fmt.Println(Map(List[int]{2}, func(i int) string { return fmt.Sprint(i * 2) }))
	fmt.Println(Swap(Pair[string, int]{"a", 1}))
	fmt.Println(Collect(iter.Seq[int](func(yield func(int) bool) {
		for i := range 3 {
			if !yield(i) {
				return
			}
		}
	})))
}
