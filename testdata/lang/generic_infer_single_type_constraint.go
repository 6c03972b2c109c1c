// Tests: a type parameter left unknown after the typed arguments whose constraint's type set is one type without a tilde is inferred as that type, before untyped constants take their default types (T byte called with 0; PT interface{ *T; M } given only T)
package main

import (
	"fmt"
	"strconv"
)

func size[T byte](t T) string { return fmt.Sprintf("%T %v", t, t) }

func pair[K string, V any](k K, v V) string { return fmt.Sprintf("%T=%v %T=%v", k, k, v, v) }

type setter[B any] interface {
	Set(string)
	*B
}

type num int

func (p *num) Set(s string) {
	n, err := strconv.Atoi(s)
	if err != nil {
		panic(err)
	}
	*p = num(n)
}

func parse[T any, PT setter[T]](ss ...string) []T {
	out := make([]T, len(ss))
	for i, s := range ss {
		PT(&out[i]).Set(s)
	}
	return out
}

type list[E any] interface{ []E }

func first[S list[E], E any](s S) E { return s[0] }

func main() {
	fmt.Println(size(0), size(200))
	fmt.Println(pair("k", 1.5))
	ns := parse[num]("1", "22")
	fmt.Printf("%T %v\n", ns, ns)
	fmt.Println(first([]string{"a", "b"}))
	parse[num]("x")
}
