// Tests: break inside switch exits the switch only; labeled break exits the loop.
package main

import "fmt"

func main() {
	for i := 0; i < 5; i++ {
		switch i {
		case 2:
			break
		default:
			fmt.Print(i, " ")
		}
	}
	fmt.Println()
Loop:
	for i := 0; ; i++ {
		switch {
		case i == 3:
			break Loop
		}
		fmt.Print(i, " ")
	}
	fmt.Println("done")
}
