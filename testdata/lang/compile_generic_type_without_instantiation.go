// Tests: compile error: a generic type used without type arguments prints its type parameter list.
package main

import "fmt"

type Pair[K comparable, V any, W any] struct {
	k K
	v V
	w W
}

func main() {
	var p Pair
	fmt.Println(p)
}
