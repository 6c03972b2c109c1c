// Tests: generic bodies Go accepts are accepted: core types, unions, comparable, method constraints, conversions, nested generic calls
package main

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
)

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s * 1
}

func Map[S ~[]E, E any, R any](s S, f func(E) R) []R {
	out := make([]R, 0, len(s))
	for i := range s {
		out = append(out, f(s[i]))
	}
	return out
}

func Index[T comparable](xs []T, x T) int {
	for i, v := range xs {
		if v == x {
			return i
		}
	}
	return -1
}

func Max[T cmp.Ordered](a, b T) T {
	if a > b {
		return a
	}
	return b
}

type Stringer interface{ String() string }

type ID int

func (i ID) String() string { return "id" + strconv.Itoa(int(i)) }

func Join[T Stringer](xs []T) string {
	s := ""
	for _, x := range xs {
		s += x.String()
	}
	return s
}

func Conv[T ~int | ~float64, U ~int | ~float64](x T) U { return U(x) }

func Keys[M ~map[K]V, K comparable, V any](m M) []K {
	ks := make([]K, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	return ks
}

func SortedCopy[S ~[]E, E cmp.Ordered](s S) S {
	c := slices.Clone(s)
	slices.Sort(c)
	return c
}

func Ptr[T any](x T) *T { return &x }

func Zero[T any]() (z T) { return }

func Bytes[T ~string | ~[]byte](x T) int { return len(x) }

func Send[C ~chan E, E any](c C, e E) { c <- e }

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) Swap() Pair[K, V] { return p }

func (p *Pair[K, V]) Same(o Pair[K, V]) bool { return p.Key == o.Key }

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(x T) { s.items = append(s.items, x) }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	x := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return x, true
}

func Describe[T any](x T) string {
	switch v := any(x).(type) {
	case int:
		return "int " + strconv.Itoa(v)
	case fmt.Stringer:
		return "stringer " + v.String()
	}
	return fmt.Sprint(x)
}

func Neg[T ~int | ~float64](x T) T { return -x }

func Shift[T ~int | ~uint8](x T) T { return x << 1 >> 1 & 0x7f }

func main() {
	fmt.Println(Sum([]int{1, 2, 3}), Sum([]float64{1.5, 2}))
	fmt.Println(Map([]int{1, 2}, strconv.Itoa))
	fmt.Println(Index([]string{"a", "b"}, "b"), Max(3, 7), Max("a", "b"))
	fmt.Println(Join([]ID{1, 2}))
	fmt.Println(Conv[float64, int](3.9))
	fmt.Println(len(Keys(map[string]int{"x": 1})))
	fmt.Println(SortedCopy([]int{3, 1, 2}))
	fmt.Println(*Ptr(5), Zero[string]() == "", Bytes("abc"), Bytes([]byte{1}))
	c := make(chan int, 1)
	Send(c, 4)
	fmt.Println(<-c)
	p := Pair[string, int]{"k", 1}
	fmt.Println(p.Swap(), p.Same(p))
	var s Stack[string]
	s.Push("x")
	fmt.Println(s.Pop())
	fmt.Println(Describe(3), Describe(ID(4)), Describe(2.5))
	fmt.Println(Neg(2), Neg(1.5), Shift(200))
}
