// Tests: math functions and constants.
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Sqrt(2), math.Pow(2, 10), math.Abs(-3.5))
	fmt.Println(math.Floor(-2.5), math.Ceil(-2.5), math.Round(2.5), math.Trunc(-2.7))
	fmt.Println(math.Max(3, 7), math.Min(3, 7), math.Mod(7, 3), math.Hypot(3, 4))
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxUint32, math.MaxInt8)
	fmt.Println(math.Pi, math.E)
	fmt.Printf("%.4f %.4f %.4f\n", math.Sin(1), math.Log(10), math.Exp(1))
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64)
	fmt.Println(math.Inf(1) > math.MaxFloat64, math.Signbit(-0.0), math.Cbrt(27))
}
