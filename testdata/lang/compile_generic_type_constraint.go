// Tests: compile error: a generic type's type argument does not satisfy its constraint.
package main

import "fmt"

type Number interface {
	~int | ~int64 | ~float64
}

type Vector[T Number] []T

func main() {
	var v Vector[string]
	fmt.Println(v)
}
