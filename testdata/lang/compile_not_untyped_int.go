// Tests: compile error: ! on an untyped int constant, reported at the operand.
package main

import "fmt"

func main() {
	fmt.Println(!1)
}
