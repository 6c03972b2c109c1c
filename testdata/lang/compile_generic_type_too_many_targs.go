// Tests: compile error: a generic type instantiated with too many type arguments.
package main

import "fmt"

type Stack[T any] struct{ items []T }

func main() {
	var s Stack[int, string]
	fmt.Println(s)
}
