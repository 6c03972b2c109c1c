// Tests: constant division by zero is reported at the divisor, for integer, float and remainder operations
package main

import "fmt"

func main() {
	const d = 0
	fmt.Println(10 / d)
	x := 7.5 / 0.0
	fmt.Println(x, 3 % (2 - 2))
}
