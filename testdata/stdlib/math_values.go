// Tests: math results print Go's digits (last bit included), the special functions and their special cases among them
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Sin(1), math.Cos(1), math.Tan(1), math.Sin(1e10), math.Cos(1<<40), math.Tan(3e9))
	fmt.Println(math.Exp(1), math.Exp(-3.7), math.Exp(700), math.Exp(-740), math.Exp2(0.3), math.Expm1(1e-5))
	fmt.Println(math.Log(10), math.Log(1e-310), math.Log10(7), math.Log2(10), math.Log1p(0.3))
	fmt.Println(math.Atan(2), math.Asin(0.3), math.Acos(-0.7), math.Atan2(1.3, -2.1), math.Atan2(-0.0, -1))
	fmt.Println(math.Sinh(2.5), math.Cosh(-3), math.Tanh(0.4), math.Asinh(5), math.Acosh(5), math.Atanh(0.6))
	fmt.Println(math.Pow(1.1, 7.3), math.Pow(2.5, -3.7), math.Pow(-2, 11), math.Pow(10, -5), math.Cbrt(10))
	fmt.Println(math.Hypot(3.3, 4.4), math.Mod(10.3, 3.1), math.Remainder(10.3, 3.1), math.Sqrt(2), math.Pow10(-5))
	fmt.Println(math.Erf(0.5), math.Erfc(2), math.Erfinv(0.5), math.Erfcinv(0.1), math.Erf(math.Inf(-1)), math.Erfinv(1))
	fmt.Println(math.Gamma(5), math.Gamma(0.5), math.Gamma(-1.5), math.Gamma(171.5), math.Gamma(-2), math.Gamma(math.Copysign(0, -1)))
	lg, s := math.Lgamma(-2.5)
	lg2, s2 := math.Lgamma(100)
	fmt.Println(lg, s, lg2, s2)
	fmt.Println(math.J0(2.5), math.J1(7), math.Jn(3, 10), math.Jn(-3, 10), math.Jn(20, 1e-3))
	fmt.Println(math.Y0(2.5), math.Y1(0.5), math.Yn(3, 10), math.Yn(-3, 10), math.Y0(0), math.Y1(-1))
	fmt.Println(math.FMA(0.1, 10, -1), 0.1*10-1, math.Ilogb(1000), math.Ilogb(0), math.Logb(1e-310), math.Logb(math.Inf(-1)))
	fmt.Println(math.Nextafter32(1, 2), math.Nextafter32(0, -1), math.Nextafter(1, 0), math.Float32bits(math.Nextafter32(1, 2)))
	sn, cs := math.Sincos(2)
	fmt.Println(sn, cs, math.Round(-2.5), math.RoundToEven(-2.5), math.Floor(-0.5), math.Ceil(-0.5), math.Trunc(-0.5))
	fmt.Println(math.Float64bits(math.Log(-1)), math.Float64bits(math.Sin(math.Inf(1))), math.Float64bits(math.Sqrt(-1)))
}
