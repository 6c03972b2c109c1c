// Tests: compile error: syntax error unexpected token.
package main

import "fmt"

func main() {
	x := [3]int{1, 2, 3
	fmt.Println(x)
}
