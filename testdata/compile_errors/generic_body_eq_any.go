// Tests: == on a type parameter constrained by any: incomparable types in type set
package main

import "fmt"

func same[T any](a, b T) bool { return a == b }

func main() {
	fmt.Println(same(1, 2))
}
