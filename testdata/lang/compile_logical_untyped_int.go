// Tests: compile error: || with an untyped int operand is mismatched with bool.
package main

import "fmt"

func main() {
	b := true
	fmt.Println(1 || b)
}
