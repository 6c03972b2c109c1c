// Tests: compile error: a forward goto into an if block.
package main

import "fmt"

func main() {
	n := 3
	goto Inside
	if n > 2 {
	Inside:
		fmt.Println("inside")
	}
}
