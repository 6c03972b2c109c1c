// Tests: compile error: a generic type used without type arguments in a var
package main

type List[T any] struct{ items []T }

func main() {
	var l List
	_ = l
}
