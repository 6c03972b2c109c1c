// Tests: a declared and unused local variable is a compile error.
package main

import "fmt"

func main() {
	x := 1
	fmt.Println("hi")
}
