// Tests: cmp.Ordered constraint, cmp.Compare and a generic binary search.
package main

import (
	"cmp"
	"fmt"
)

func Search[T cmp.Ordered](xs []T, v T) (int, bool) {
	lo, hi := 0, len(xs)
	for lo < hi {
		m := (lo + hi) / 2
		switch cmp.Compare(xs[m], v) {
		case -1:
			lo = m + 1
		case 1:
			hi = m
		default:
			return m, true
		}
	}
	return lo, false
}

func main() {
	fmt.Println(Search([]int{1, 3, 5, 7}, 5))
	fmt.Println(Search([]string{"a", "c"}, "b"))
	fmt.Println(cmp.Compare(2.0, 1.0), cmp.Less("a", "b"), max(cmp.Compare(1, 1), -5))
}
