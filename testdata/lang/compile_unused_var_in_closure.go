// Tests: compile error: variable declared in a closure and not used.
package main

import "fmt"

func main() {
	f := func() {
		v := 3
	}
	f()
	fmt.Println("x")
}
