// Tests: deferred call arguments are evaluated at the defer statement; closures see later values.
package main

import "fmt"

func main() {
	x := 1
	defer fmt.Println("arg at defer time:", x)
	defer func() { fmt.Println("closure sees:", x) }()
	x = 2
	fmt.Println("body:", x)
}
