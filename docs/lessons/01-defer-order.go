// Lesson 1: deferred calls run newest first, and their arguments are
// evaluated when the defer statement runs, not when the call runs.
package main

import "fmt"

func count() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred with i =", i) // i is evaluated now
	}
	fmt.Println("count returns")
}

func main() {
	x := 1
	defer fmt.Println("argument evaluated at the defer statement: x =", x)
	defer func() { fmt.Println("closure reads x when it runs: x =", x) }()
	x = 2
	count()
	fmt.Println("main returns")
}
