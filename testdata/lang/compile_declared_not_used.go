// Tests: compile error: local variable declared and not used.
package main

import "fmt"

func main() {
	x := 1
	y := 2
	fmt.Println(x)
}
