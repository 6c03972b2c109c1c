// Tests: package math/cmplx (ported from Go): elementary functions, special values and formatting of the results.
package main

import (
	"fmt"
	"math"
	"math/cmplx"
)

func main() {
	zs := []complex128{1 + 1i, -2 + 0.5i, 3i, -1, 0, complex(math.Inf(1), 1), complex(math.NaN(), 0)}
	for _, z := range zs {
		fmt.Println(z, cmplx.Abs(z), cmplx.Phase(z), cmplx.Sqrt(z), cmplx.Exp(z), cmplx.Log(z))
		fmt.Println("  ", cmplx.Sin(z), cmplx.Cos(z), cmplx.Tan(z), cmplx.Asin(z), cmplx.Atanh(z), cmplx.Conj(z))
		fmt.Println("  ", cmplx.IsInf(z), cmplx.IsNaN(z), cmplx.Pow(z, 2+1i), cmplx.Log10(z))
	}
	r, th := cmplx.Polar(-1 + 0i)
	fmt.Printf("%.4f %.4f %.4f\n", r, th, cmplx.Rect(2, math.Pi/2))
	fmt.Println(cmplx.Inf(), cmplx.NaN(), cmplx.Pow(0, 0), cmplx.Pow(0, -1), cmplx.Cot(1+1i))
	s, c := math.Sincos(1)
	fmt.Println(s == math.Sin(1), c == math.Cos(1), s, c)
}
