// Tests: compile error: mismatched types byte and int in a binary operation.
package main

import "fmt"

func main() {
	var b byte = 'x'
	i := 1
	fmt.Println(b + i)
}
