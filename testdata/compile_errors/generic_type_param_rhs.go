// Tests: a generic type declared as a lone type parameter (type T[P any] P) is rejected.
package main

import "fmt"

type Wrap[T any] T

func main() {
	fmt.Println("unreachable")
}
