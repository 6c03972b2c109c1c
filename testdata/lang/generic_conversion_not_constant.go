// Tests: a conversion to a type parameter is not a constant, so equal values are no duplicate switch cases or map keys
package main

import "fmt"

func F[T, U int]() interface{} {
	switch interface{}(nil) {
	case int(0), T(0), U(0):
		fmt.Println("matched")
	default:
		fmt.Println("default")
	}
	return map[interface{}]int{int(0): 0, T(0): 1, U(0): 2}
}

func main() {
	fmt.Println(F[int, int]())
}
