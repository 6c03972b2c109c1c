// Tests: default in the middle of a switch and fallthrough into and out of it.
package main

import "fmt"

func f(x int) {
	switch x {
	case 1:
		fmt.Print("one ")
		fallthrough
	default:
		fmt.Print("default ")
		fallthrough
	case 3:
		fmt.Print("three ")
	case 4:
		fmt.Print("four ")
	}
	fmt.Println()
}

func main() {
	for _, x := range []int{1, 2, 3, 4} {
		f(x)
	}
}
