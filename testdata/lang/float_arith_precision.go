// Tests: float64 rounding effects in arithmetic.
package main

import "fmt"

func main() {
	fmt.Println(0.1+0.2, 0.1+0.2 == 0.3)
	x := 0.1
	y := 0.2
	fmt.Println(x+y, x+y == 0.3)
	fmt.Println(1e16+1, 2.0/3.0)
	var f float32 = 0.1
	var g float32 = 0.2
	fmt.Println(f+g)
}
