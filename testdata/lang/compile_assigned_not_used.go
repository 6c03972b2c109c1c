// Tests: compile error: a variable only assigned to is still declared and not used.
package main

import "fmt"

func main() {
	x := 1
	x = 2
	fmt.Println("hi")
}
