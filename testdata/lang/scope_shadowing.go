// Tests: shadowing in if/for/blocks and := redeclaration with at least one new var.
package main

import "fmt"

var x = "package"

func main() {
	fmt.Println(x)
	x := "main"
	if x := 1; x > 0 {
		fmt.Println("if", x)
	}
	{
		x := true
		fmt.Println("block", x)
	}
	a, err := 1, error(nil)
	b, err := 2, fmt.Errorf("e")
	fmt.Println(x, a, b, err)
	for x := 0; x < 1; x++ {
		fmt.Println("for", x)
	}
}
