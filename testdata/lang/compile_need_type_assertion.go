// Tests: compile error: assigning an interface value to a concrete type hints at a type assertion.
package main

import "fmt"

func main() {
	var v any = "text"
	var s string = v
	fmt.Println(s)
}
