// Tests: constraint with a method, generic over Stringer types.
package main

import (
	"fmt"
	"strings"
)

type Shower interface {
	Show() string
}

type A int
type B string

func (a A) Show() string { return fmt.Sprintf("A(%d)", int(a)) }
func (b B) Show() string { return "B:" + string(b) }

func JoinAll[T Shower](xs []T) string {
	parts := []string{}
	for _, x := range xs {
		parts = append(parts, x.Show())
	}
	return strings.Join(parts, ",")
}

func Max[T int | float64 | string](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func main() {
	fmt.Println(JoinAll([]A{1, 2}), JoinAll([]B{"x"}))
	fmt.Println(Max(3, 7), Max("a", "b"), Max(2.5, 1.0))
}
