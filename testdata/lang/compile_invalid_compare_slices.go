// Tests: compile error: slices can only be compared to nil.
package main

import "fmt"

func main() {
	a := []int{1}
	b := []int{1}
	fmt.Println(a == b)
}
