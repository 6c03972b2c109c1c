// Tests: compile error: an untyped float constant too large for float64 passed as a value
package main

import "fmt"

func main() {
	const big = 1e300 * 1e300
	fmt.Println(big)
}
