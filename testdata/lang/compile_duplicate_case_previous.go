// Tests: a duplicate constant case in an expression switch points back at the previous case
package main

import "fmt"

func main() {
	x := 3
	switch x {
	case 1, 2:
		fmt.Println("small")
	case 3, 2:
		fmt.Println("two again")
	}
}
