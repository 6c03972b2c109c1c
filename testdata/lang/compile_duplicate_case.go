// Tests: compile error: duplicate case in expression switch.
package main

import "fmt"

func main() {
	x := 1
	switch x {
	case 1:
		fmt.Println("a")
	case 1:
		fmt.Println("b")
	}
}
