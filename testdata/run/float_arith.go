// Tests: float64 arithmetic and how fmt prints floats (shortest form, exponents, Inf).
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(0.1+0.2, 3/2.0, 1e21, 1e20, 1.5e-7)
	fmt.Println(math.Sqrt(2), math.Floor(-2.5), math.Inf(1), -math.MaxFloat64)
	x := 10.0
	x /= 4
	fmt.Println(x, int(x), float64(7)/2)
	fmt.Printf("%.3f %e %g\n", math.Pi, 123456.789, 1e-9)
}
