// Tests: imports used only by generic functions and types that are never instantiated still count as used.
package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Sorted[T cmp.Ordered] struct{ items []T }

func (s *Sorted[T]) Add(x T) {
	i, _ := slices.BinarySearch(s.items, x)
	s.items = slices.Insert(s.items, i, x)
}

func Join[T fmt.Stringer](xs []T) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = x.String()
	}
	return strings.Join(parts, ",")
}

func main() {
	fmt.Println("ok")
}
