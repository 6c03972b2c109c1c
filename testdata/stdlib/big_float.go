// Tests: math/big's Float: precision and rounding modes, arithmetic, conversions, Text/Format, parsing and its errors, marshalling, Sqrt.
package main

import (
	"fmt"
	"math"
	"math/big"
)

func main() {
	// Precision, modes and accuracy.
	x := new(big.Float).SetPrec(10).SetMode(big.ToZero)
	x.SetFloat64(1.0 / 3)
	fmt.Println(x, x.Prec(), x.Mode(), x.Acc(), x.MinPrec())
	for _, m := range []big.RoundingMode{big.ToNearestEven, big.ToNearestAway, big.ToZero, big.AwayFromZero, big.ToNegativeInf, big.ToPositiveInf} {
		f := new(big.Float).SetPrec(4).SetMode(m)
		f.SetFloat64(2.625)
		g := new(big.Float).SetPrec(4).SetMode(m)
		g.SetFloat64(-2.625)
		fmt.Println(m, f, f.Acc(), g, g.Acc())
	}

	// Arithmetic.
	a := big.NewFloat(1.5)
	b := big.NewFloat(-0.25)
	var z big.Float
	fmt.Println(z.Add(a, b), z.Sub(a, b), z.Mul(a, b), z.Quo(a, b), a.Cmp(b), b.Sign(), z.Neg(b), z.Abs(b))
	p := new(big.Float).SetPrec(200)
	p.Quo(big.NewFloat(1), big.NewFloat(7))
	fmt.Println(p.Text('g', 50), p.Text('e', 20), p.Text('f', 30), p.Text('b', 0), p.Text('p', 0), p.Text('x', 10))
	fmt.Printf("%v %.10f %12.4e %-12.3g| %+.3f %x %X %b\n", p, p, p, p, p, p, p, big.NewFloat(3))
	fmt.Println(p.String(), p.Prec(), p.MinPrec(), p.Acc())

	// Infinities and zero.
	inf := new(big.Float).SetInf(false)
	ninf := new(big.Float).SetInf(true)
	fmt.Println(inf, ninf, inf.IsInf(), z.Add(inf, a), z.Quo(a, inf), z.Mul(ninf, b))
	zero := new(big.Float)
	fmt.Println(zero, zero.Sign(), z.Neg(zero), zero.IsInt(), zero.Prec())
	try(func() { new(big.Float).Sub(new(big.Float).SetInf(false), new(big.Float).SetInf(false)) })
	try(func() { new(big.Float).Quo(new(big.Float), new(big.Float)) })
	try(func() { new(big.Float).SetFloat64(math.NaN()) })

	// Conversions.
	f := big.NewFloat(12345.678)
	i, acc := f.Int64()
	fmt.Println(i, acc)
	u, acc := f.Uint64()
	fmt.Println(u, acc)
	f32, acc := f.Float32()
	fmt.Println(f32, acc)
	bi, acc := f.Int(nil)
	fmt.Println(bi, acc)
	r, acc := f.Rat(nil)
	fmt.Println(r, acc)
	fmt.Println(f.IsInt(), new(big.Float).SetInt(bi).IsInt())
	huge := new(big.Int).Exp(big.NewInt(10), big.NewInt(40), nil)
	hf := new(big.Float).SetInt(huge)
	fmt.Println(hf, hf.Prec(), hf.Text('f', 0))
	fv, acc := hf.Float64()
	fmt.Println(fv, acc)
	fmt.Println(huge.Float64())
	fmt.Println(new(big.Float).SetRat(big.NewRat(1, 3)).Text('g', 20))
	mant := new(big.Float)
	exp := big.NewFloat(48).MantExp(mant)
	fmt.Println(mant, exp, new(big.Float).SetMantExp(mant, 10))
	fmt.Println(new(big.Float).SetUint64(math.MaxUint64), new(big.Float).SetInt64(math.MinInt64))
	fmt.Println(big.NewFloat(-7.5).Signbit(), new(big.Float).Copy(f), new(big.Float).Set(p).Prec())

	// Parsing.
	for _, s := range []string{"1.5", "-0x1.8p3", "1e100", "0b101.1", "Inf", "-inf", "1_000.5", "", "1.5x", "0x", "1__0", "1e", "++1"} {
		v, ok := new(big.Float).SetString(s)
		fmt.Println(s, v, ok)
	}
	v, base, err := big.ParseFloat("0o17.4", 0, 53, big.ToNearestEven)
	fmt.Println(v, base, err)
	v, base, err = big.ParseFloat("12.5e-3", 10, 100, big.ToZero)
	fmt.Println(v, base, err, v.Prec(), v.Mode())
	_, _, err = new(big.Float).Parse("1.2.3", 0)
	fmt.Println(err)

	// Marshalling.
	text, err := p.MarshalText()
	fmt.Println(string(text), err)
	var back big.Float
	fmt.Println(back.UnmarshalText([]byte("2.5e10")), &back)
	fmt.Println(back.UnmarshalText([]byte("bad")))
	gob, err := p.GobEncode()
	fmt.Println(len(gob), err)
	var g big.Float
	fmt.Println(g.GobDecode(gob), g.Cmp(p), g.Prec(), g.Mode())
	fmt.Println(g.GobDecode([]byte{1}))

	// Sqrt.
	two := new(big.Float).SetPrec(100).SetInt64(2)
	fmt.Println(new(big.Float).SetPrec(100).Sqrt(two).Text('g', 30))
	fmt.Println(new(big.Float).Sqrt(big.NewFloat(0.0625)))
	try(func() { new(big.Float).Sqrt(big.NewFloat(-1)) })
}

func try(f func()) {
	defer func() { fmt.Println("recovered:", recover()) }()
	f()
}
