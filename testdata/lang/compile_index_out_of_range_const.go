// Tests: compile error: constant index out of range for an array.
package main

import "fmt"

func main() {
	a := [3]int{}
	fmt.Println(a[5])
}
