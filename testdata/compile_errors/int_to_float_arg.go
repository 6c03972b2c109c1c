// Tests: compile error: int variable passed where float64 is wanted
package main

import "math"

func main() {
	n := 4
	println(math.Sqrt(n))
}
