// Tests: compile error: an interface type argument does not satisfy a type-set constraint.
package main

import "fmt"

type Number interface{ ~int | ~float64 }

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func main() {
	fmt.Println(Sum[any](1, 2))
}
