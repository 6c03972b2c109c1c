// Tests: compile error for an untyped constant that overflows byte.
package main

import "fmt"

func main() {
	var b byte = 300
	fmt.Println(b)
}
