// Tests: compile error: a call of an undefined function
package main

import "fmt"

func main() {
	n := compute(3)
	fmt.Println(n)
	fmt.Println(n + 1)
}
