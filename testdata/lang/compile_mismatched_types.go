// Tests: compile error: mismatched types in a binary operation.
package main

import "fmt"

func main() {
	a := 1
	b := "x"
	fmt.Println(a + b)
}
