// Tests: compile error when a float constant is truncated to an integer.
package main

import "fmt"

func main() {
	var n int = 2.5
	fmt.Println(n)
}
