// Tests: assigning a string constant to an int variable is a compile error.
package main

import "fmt"

func main() {
	var n int = 1
	n = "two"
	fmt.Println(n)
}
