// Tests: compile error: goto jumps over a variable declaration.
package main

import "fmt"

func main() {
	goto L
	x := 1
L:
	fmt.Println(x)
}
