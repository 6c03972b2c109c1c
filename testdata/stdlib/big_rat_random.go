// Tests: math/big Rat: 300 pseudo-random cases of arithmetic, comparison, conversion and parsing agree with Go
package main

import (
	"fmt"
	"math/big"
)

var state uint64 = 0x9E3779B97F4A7C15

func next() uint64 {
	state ^= state << 13
	state ^= state >> 7
	state ^= state << 17
	return state
}

func randInt() *big.Int {
	x := new(big.Int).SetUint64(next())
	for i := next() % 3; i > 0; i-- {
		x.Lsh(x, 64)
		x.Or(x, new(big.Int).SetUint64(next()))
	}
	x.Rsh(x, uint(next()%120))
	if next()%2 == 0 {
		x.Neg(x)
	}
	return x
}

func randRat() *big.Rat {
	d := randInt()
	if d.Sign() == 0 {
		d.SetInt64(7)
	}
	return new(big.Rat).SetFrac(randInt(), d)
}

func main() {
	for i := 0; i < 300; i++ {
		x, y := randRat(), randRat()
		fmt.Println(i, x, y)
		fmt.Println(" +", new(big.Rat).Add(x, y).RatString())
		fmt.Println(" -", new(big.Rat).Sub(x, y))
		fmt.Println(" *", new(big.Rat).Mul(x, y))
		if y.Sign() != 0 {
			fmt.Println(" /", new(big.Rat).Quo(x, y))
		}
		f, exact := x.Float64()
		f32, exact32 := y.Float32()
		fmt.Println(" c", x.Cmp(y), f, exact, f32, exact32, x.IsInt())
		p := int(next() % 25)
		fmt.Println(" f", x.FloatString(p))
		n, ex := y.FloatPrec()
		fmt.Println(" p", n, ex)
		s := fmt.Sprintf("%d.%de%d", next()%100000, next()%1000, int(next()%40)-20)
		r, ok := new(big.Rat).SetString(s)
		fmt.Println(" s", s, r, ok)
		g := float64(int64(next())) / float64(next()%1000000+1)
		fmt.Println(" g", new(big.Rat).SetFloat64(g))
	}
}
