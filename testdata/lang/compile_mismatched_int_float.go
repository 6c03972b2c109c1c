// Tests: compile error: mismatched types int and float64 variables.
package main

import "fmt"

func main() {
	i := 2
	f := 1.5
	fmt.Println(i * f)
}
