// Tests: compile error for constant division by zero.
package main

import "fmt"

func main() {
	x := 10
	fmt.Println(x / 0)
}
