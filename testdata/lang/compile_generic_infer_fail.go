// Tests: compile error: cannot infer a type parameter.
package main

import "fmt"

func Zero[T any]() T {
	var z T
	return z
}

func main() {
	fmt.Println(Zero())
}
