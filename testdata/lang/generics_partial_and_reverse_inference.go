// Tests: generic calls with partial explicit type arguments, reverse inference from a function type, and constraint-checked instantiations.
package main

import (
	"cmp"
	"fmt"
	"strconv"
)

func Convert[From, To any](x From, f func(From) To) To { return f(x) }

func Pair[K comparable, V any](k K, v V) string { return fmt.Sprint(k, "=", v) }

func Max[T cmp.Ordered](a, b T) T {
	if a > b {
		return a
	}
	return b
}

type Number interface{ ~int | ~float64 }

type Vec[T Number] []T

func (v Vec[T]) Sum() T {
	var s T
	for _, x := range v {
		s += x
	}
	return s
}

type Celsius float64

func main() {
	fmt.Println(Convert[int](42, strconv.Itoa) + "!")
	fmt.Println(Pair[string]("a", 1), Pair[int, bool](2, true))
	var p func(string, float64) string = Pair
	fmt.Println(p("pi", 3.14))
	var m func(int, int) int = Max[int]
	fmt.Println(m(3, 9), Max("go", "rust"), Max[float64](2, 1.5))
	fmt.Println(Vec[Celsius]{1.5, 2.5}.Sum(), Vec[int]{1, 2, 3}.Sum())
}
