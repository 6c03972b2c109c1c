// Tests: compile error: instantiating a generic function with a type outside its constraint
package main

type Number interface{ ~int | ~float64 }

func Double[T Number](x T) T { return x * 2 }

func main() {
	_ = Double[string]
}
