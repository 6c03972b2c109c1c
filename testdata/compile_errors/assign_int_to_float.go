// Tests: compile error: assigning an int variable to a float64 variable
package main

import "fmt"

func main() {
	n := 3
	var f float64
	f = n
	fmt.Println(f)
}
