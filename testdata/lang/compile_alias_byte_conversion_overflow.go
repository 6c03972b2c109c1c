// Tests: compile error: converting an integer constant that overflows byte.
package main

import "fmt"

func main() {
	b := byte(300)
	fmt.Println(b)
}
