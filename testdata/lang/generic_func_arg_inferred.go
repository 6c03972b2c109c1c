package main

// Generic functions passed uninstantiated to generic functions (Go 1.21):
// their type arguments come from the parameter they are passed to, and
// their results tell the call's remaining type arguments.

import (
	"fmt"
	"slices"
	"strings"
)

func Identity[T any](x T) T { return x }
func Double[T ~int | ~float64](x T) T { return x * 2 }
func Pair[A, B any](a A, b B) string { return fmt.Sprint(a, b) }
func Len[S ~[]E, E any](s S) int { return len(s) }

func Map[T, U any](xs []T, f func(T) U) []U {
	var r []U
	for _, x := range xs {
		r = append(r, f(x))
	}
	return r
}

func Apply2[A, B any](a A, b B, f func(A, B) string) string { return f(a, b) }

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	for _, x := range xs {
		init = f(init, x)
	}
	return init
}

func Add[T ~int | ~string](a, b T) T { return a + b }

type MyInt int

func main() {
	fmt.Println(Map([]int{1, 2}, Double))
	fmt.Printf("%T\n", Map([]MyInt{1, 2}, Double))
	fmt.Println(Map([]string{"a"}, Identity))
	fmt.Println(Apply2(1, "x", Pair))
	fmt.Println(Map([][]int{{1, 2}, {3}}, Len))
	fmt.Println(Reduce([]int{1, 2, 3}, 0, Add))
	fmt.Println(Reduce([]string{"a", "b"}, "", Add))
	fmt.Println(slices.SortedFunc(slices.Values([]string{"b", "A", "c"}), strings.Compare))
	words := []string{"b", "a"}
	slices.SortFunc(words, strings.Compare)
	fmt.Println(words)
	fmt.Println(Map(Map([]float64{1.5}, Double), Identity))
}
