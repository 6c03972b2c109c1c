// Tests: type inference from untyped constants only: the default type of the largest constant kind among the arguments (Max(1, 2.5) is float64, Max('a', 1) is rune)
package main

import "fmt"

func Max[T int | float64 | rune](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Sum[T int | float64 | complex128](xs ...T) (s T) {
	for _, x := range xs {
		s += x
	}
	return
}

func main() {
	fmt.Println(Max(1, 2.5), Max(2.5, 1), Max('a', 1), Max(3, 2))
	fmt.Println(Sum(1, 2, 3.5), Sum(1i, 2))
	fmt.Printf("%T %T\n", Max(1, 2.0), Sum(1, 2))
}
