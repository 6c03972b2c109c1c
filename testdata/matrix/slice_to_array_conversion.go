// Tests: gostack-matrix seed 1 (reduced, then extended by hand): converting a slice to an array type, [3]int(s), and its run-time error
package main

import (
	"fmt"
)

func main() {
	s := []int{1, 2, 3}
	fmt.Println([3]int(s))
	defer func() { fmt.Println("recovered:", recover()) }()
	a := []int{1, 2}
	fmt.Println(len([3]int(a))) // constant: the conversion is not evaluated
	fmt.Println([3]int(a))
}
