// Tests: iterators typed iter.Seq/iter.Seq2 (named generic types) flow into slices and maps functions by inference, and the iterator functions return iter.Seq types (%T)
package main

import (
	"bytes"
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

// All yields from the top of the stack down.
func (s *Stack[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		for i := len(s.items) - 1; i >= 0; i-- {
			if !yield(s.items[i]) {
				return
			}
		}
	}
}

func countdown(n int) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		for i := n; i > 0; i-- {
			if !yield(i, strings.Repeat("*", i)) {
				return
			}
		}
	}
}

type Celsius float64

// A defined pointer type and a defined array type unify through their
// underlying types as well.
type IntPtr *int
type Triple [3]string

func deref[T any](p *T) T             { return *p }
func first[T any](a [3]T) T           { return a[0] }
func apply[T any](f func(T) T, v T) T { return f(v) }

type Doubler func(int) int

func main() {
	s := &Stack[string]{}
	s.Push("a")
	s.Push("b")
	s.Push("c")
	fmt.Println(slices.Collect(s.All()))
	fmt.Println(slices.Sorted(s.All()))
	fmt.Println(slices.AppendSeq([]string{"z"}, s.All()))

	m := maps.Collect(countdown(3))
	fmt.Println(m)
	fmt.Println(slices.Sorted(maps.Keys(m)))

	temps := map[string]Celsius{"b": 2.5, "a": -1}
	fmt.Println(slices.Sorted(maps.Values(temps)))

	// A plain function literal is still accepted where iter.Seq is expected.
	lit := func(yield func(int) bool) {
		_ = yield(7) && yield(8)
	}
	fmt.Println(slices.Collect(lit))

	fmt.Printf("%T\n", slices.Values([]int{1}))
	fmt.Printf("%T\n", slices.All([]int{1}))
	fmt.Printf("%T\n", maps.Keys(m))
	fmt.Printf("%T\n", maps.All(m))
	fmt.Printf("%T\n", strings.SplitSeq("a,b", ","))
	fmt.Printf("%T\n", bytes.Lines([]byte("x\n")))
	for line := range strings.Lines("one\ntwo\n") {
		fmt.Printf("%q\n", line)
	}

	x := 42
	var ip IntPtr = &x
	fmt.Println(deref(ip))
	fmt.Println(first(Triple{"p", "q", "r"}))
	fmt.Println(apply(Doubler(func(n int) int { return 2 * n }), 21))
}
