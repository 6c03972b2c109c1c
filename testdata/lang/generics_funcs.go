// Tests: generic functions with inference: Map, Filter, Reduce.
package main

import (
	"fmt"
	"strconv"
)

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func main() {
	xs := []int{1, 2, 3, 4}
	fmt.Println(Map(xs, strconv.Itoa), Map(xs, func(i int) float64 { return float64(i) / 2 }))
	fmt.Println(Filter(xs, func(i int) bool { return i%2 == 0 }))
	fmt.Println(Reduce(xs, "", func(a string, i int) string { return a + fmt.Sprint(i) }))
}
