// Tests: comparable constraint, generic map helpers, explicit instantiation.
package main

import (
	"fmt"
	"sort"
)

func Keys[K comparable, V any](m map[K]V) []K {
	out := make([]K, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

func Index[T comparable](xs []T, v T) int {
	for i, x := range xs {
		if x == v {
			return i
		}
	}
	return -1
}

func main() {
	ks := Keys(map[string]int{"b": 1, "a": 2})
	sort.Strings(ks)
	fmt.Println(ks)
	fmt.Println(Index([]string{"x", "y"}, "y"), Index[int]([]int{1}, 5))
	f := Index[float64]
	fmt.Println(f([]float64{1.5}, 1.5))
}
