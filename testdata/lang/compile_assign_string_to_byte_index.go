// Tests: compile error: assigning a string to a byte slice element.
package main

import "fmt"

func main() {
	b := []byte("ab")
	b[0] = "x"
	fmt.Println(b)
}
