// Tests: math/big Int arithmetic, conversions, bit operations, Exp/GCD/ModInverse/ProbablyPrime/Sqrt, SetString and Text
package main

import (
	"encoding/json"
	"fmt"
	"math/big"
)

func main() {
	a, _ := new(big.Int).SetString("123456789012345678901234567890", 10)
	b := big.NewInt(-987654321)
	z := new(big.Int)
	fmt.Println(z.Add(a, b), z.Sub(a, b), z.Mul(a, b))
	for _, p := range [][2]int64{{7, 3}, {-7, 3}, {7, -3}, {-7, -3}} {
		x, y := big.NewInt(p[0]), big.NewInt(p[1])
		q, r := new(big.Int).QuoRem(x, y, new(big.Int))
		d, m := new(big.Int).DivMod(x, y, new(big.Int))
		fmt.Println(p, q, r, d, m, new(big.Int).Quo(x, y), new(big.Int).Rem(x, y), new(big.Int).Div(x, y), new(big.Int).Mod(x, y))
	}
	f := big.NewInt(1)
	for i := int64(1); i <= 30; i++ {
		f.Mul(f, big.NewInt(i))
	}
	fmt.Println("30! =", f, f.BitLen(), len(f.Bits()), f.Sign(), f.IsInt64(), f.IsUint64())
	fmt.Println(new(big.Int).MulRange(1, 30).Cmp(f), new(big.Int).MulRange(-5, -2), new(big.Int).MulRange(5, 2), new(big.Int).Binomial(50, 25))
	fmt.Println(f.Text(2), f.Text(16), f.Text(36), f.Text(62), f.String())
	fmt.Println(a.Cmp(b), b.Cmp(a), a.Cmp(a), a.CmpAbs(b), b.Sign(), new(big.Int).Sign())
	fmt.Println(b.Int64(), b.Uint64(), new(big.Int).Neg(b), new(big.Int).Abs(b), new(big.Int).Neg(new(big.Int)))
	fmt.Println(new(big.Int).Exp(big.NewInt(2), big.NewInt(100), nil), new(big.Int).Exp(big.NewInt(3), big.NewInt(1000), big.NewInt(1000007)))
	fmt.Println(new(big.Int).Exp(big.NewInt(-3), big.NewInt(3), big.NewInt(7)), new(big.Int).Exp(big.NewInt(3), big.NewInt(-1), big.NewInt(7)), new(big.Int).Exp(big.NewInt(2), big.NewInt(-1), big.NewInt(4)), new(big.Int).Exp(big.NewInt(5), big.NewInt(0), nil))
	for _, p := range [][2]int64{{12, 18}, {-12, 18}, {12, -18}, {0, 5}, {5, 0}, {0, 0}, {240, 46}, {17, 17}} {
		x, y := new(big.Int), new(big.Int)
		g := new(big.Int).GCD(x, y, big.NewInt(p[0]), big.NewInt(p[1]))
		fmt.Println("gcd", p, g, x, y)
	}
	fmt.Println(new(big.Int).ModInverse(big.NewInt(3), big.NewInt(11)), new(big.Int).ModInverse(big.NewInt(-3), big.NewInt(11)), new(big.Int).ModInverse(big.NewInt(4), big.NewInt(8)))
	m61 := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 61), big.NewInt(1))
	m67 := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 67), big.NewInt(1))
	m127 := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 127), big.NewInt(1))
	for _, x := range []*big.Int{big.NewInt(0), big.NewInt(1), big.NewInt(2), big.NewInt(97), big.NewInt(561), big.NewInt(1000003), m61, m67, m127} {
		fmt.Print(x.ProbablyPrime(20), " ")
	}
	fmt.Println()
	fmt.Println(new(big.Int).Sqrt(f), new(big.Int).Sqrt(big.NewInt(99)))
	x := big.NewInt(-100)
	fmt.Println(new(big.Int).Lsh(x, 70), new(big.Int).Rsh(x, 3), new(big.Int).Rsh(big.NewInt(100), 3), new(big.Int).Not(x), new(big.Int).And(x, big.NewInt(0xff)), new(big.Int).Or(x, big.NewInt(3)), new(big.Int).Xor(x, big.NewInt(-1)), new(big.Int).AndNot(big.NewInt(0xff), x))
	fmt.Println(x.Bit(0), x.Bit(2), x.Bit(100), big.NewInt(100).Bit(2), new(big.Int).SetBit(big.NewInt(0), 65, 1), new(big.Int).SetBit(big.NewInt(7), 1, 0), big.NewInt(96).TrailingZeroBits())
	for _, s := range []string{"0x1f", "-0b101", "0o17", "017", "0", "-0", "1_000_000", "0x_ff", "_1", "1__0", "12a", "", "-", "+42", "0x", "zz"} {
		v, ok := new(big.Int).SetString(s, 0)
		fmt.Printf("%q %v %v\n", s, v, ok)
	}
	v, ok := new(big.Int).SetString("zz", 36)
	fmt.Println(v, ok)
	v, ok = new(big.Int).SetString("Zz", 62)
	fmt.Println(v, ok)
	v, ok = new(big.Int).SetString("1_0", 10)
	fmt.Println(v, ok)
	bs := a.Bytes()
	fmt.Println(bs, new(big.Int).SetBytes(bs), big.NewInt(0).Bytes(), big.NewInt(258).FillBytes(make([]byte, 4)))
	fmt.Println(*big.NewInt(5), big.NewInt(0).Bits(), string(a.Append([]byte("n="), 10)))
	var n *big.Int
	fmt.Println(n.String())
	js, err := json.Marshal(map[string]*big.Int{"v": a})
	fmt.Println(string(js), err)
	var back struct{ V *big.Int }
	fmt.Println(json.Unmarshal([]byte(`{"V": 1234567890123456789012}`), &back), back.V)
	t, _ := a.MarshalText()
	fmt.Println(string(t), new(big.Int).UnmarshalText([]byte("x1")))
	s := new(big.Int).Set(a)
	s.Add(s, s)
	fmt.Println(a, s)
}
