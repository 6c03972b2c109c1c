// Tests: compile error: a generic type instantiated with too few type arguments.
package main

import "fmt"

type Table[K comparable, V any] map[K]V

func main() {
	t := Table[string]{}
	fmt.Println(t)
}
