// Tests: generic zero values for several type arguments and %T of instantiated types.
package main

import "fmt"

type Box[T any] struct{ V T }

func Zero[T any]() T {
	var z T
	return z
}

func main() {
	fmt.Printf("%v|%q|%v|%v\n", Zero[int](), Zero[string](), Zero[*int]() == nil, Zero[[]int]() == nil)
	fmt.Printf("%T %T\n", Box[int]{}, Box[map[string]bool]{})
	fmt.Printf("%+v\n", Box[Box[float64]]{})
}
