// Tests: switch with fallthrough, no condition, multiple values and init statement.
package main

import "fmt"

func grade(n int) string {
	switch {
	case n >= 90:
		return "A"
	case n >= 80:
		return "B"
	default:
		return "C"
	}
}

func main() {
	for i := 0; i < 4; i++ {
		switch i {
		case 0:
			fmt.Print("zero ")
			fallthrough
		case 1:
			fmt.Print("one-ish ")
		case 2, 3:
			fmt.Print("two-or-three ")
		}
		fmt.Println()
	}
	fmt.Println(grade(95), grade(85), grade(10))
	switch x := 5; {
	case x > 3:
		fmt.Println("big")
		fallthrough
	default:
		fmt.Println("default too")
	}
}
