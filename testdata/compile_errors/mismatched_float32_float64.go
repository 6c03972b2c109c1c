// Tests: compile error: float32 and float64 operands
package main

import "fmt"

func main() {
	var a float32 = 1
	var b float64 = 2
	fmt.Println(a * b)
}
