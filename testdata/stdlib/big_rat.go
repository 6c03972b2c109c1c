// Tests: math/big Rat: construction, arithmetic, SetString's forms and failures, FloatString rounding, Float64/Float32, FloatPrec, division by zero
package main

import (
	"fmt"
	"math/big"
)

func main() {
	x := big.NewRat(3, -6)
	y := big.NewRat(5, 4)
	fmt.Println(x, y, x.RatString(), new(big.Rat).Add(x, y), new(big.Rat).Mul(x, y), new(big.Rat).Quo(x, y), new(big.Rat).Sub(x, y))
	var z big.Rat
	fmt.Println(z.String(), z.Denom(), z.IsInt(), z.FloatString(3))
	for _, s := range []string{"1/3", "-2/4", "0.125", "1e3", "1.5e-3", "0x1p-2", "0x1.8", "abc", "1/0", "3/-4", "1_000.5", "0b101.1", "0o7/010", ".5", "5.", "-0", "1e", "0x", "1__0", "08/3", "1/08", "1/010", "2E+2"} {
		r, ok := new(big.Rat).SetString(s)
		fmt.Println(s, r, ok)
	}
	r, _ := new(big.Rat).SetString("22/7")
	for _, p := range []int{0, 1, 2, 5, 10} {
		fmt.Println(r.FloatString(p), new(big.Rat).Neg(r).FloatString(p))
	}
	f, ex := r.Float64()
	fmt.Println(f, ex)
	f32, ex := r.Float32()
	fmt.Println(f32, ex)
	fmt.Println(new(big.Rat).SetFloat64(0.1), new(big.Rat).SetFloat64(-2.5), new(big.Rat).SetFloat64(1e300).Cmp(r))
	fmt.Println(r.Num(), r.Denom(), r.Sign(), new(big.Rat).Inv(r), new(big.Rat).Abs(big.NewRat(-1, 2)))
	n, exact := big.NewRat(1, 3).FloatPrec()
	fmt.Println(n, exact)
	n, exact = big.NewRat(3, 40).FloatPrec()
	fmt.Println(n, exact)
	fmt.Printf("%v %s %d\n", r, r, big.NewInt(-42))
	m := new(big.Rat).Mul(r, r)
	fmt.Println(m, r)
	defer func() { fmt.Println("recovered:", recover()) }()
	new(big.Rat).Quo(r, new(big.Rat))
}
