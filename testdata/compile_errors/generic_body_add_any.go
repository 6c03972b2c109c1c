// Tests: a generic body is checked against its constraint: + is not defined on T constrained by any, even when every instantiation has +
package main

import "fmt"

func sum[T any](a, b T) T { return a + b }

func main() {
	fmt.Println(sum(1, 2), sum("a", "b"))
}
