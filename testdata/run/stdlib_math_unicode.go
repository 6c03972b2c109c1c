// Tests: math functions and constants with their special cases; unicode predicates and case mapping; unicode/utf8.
package main

import (
	"fmt"
	"math"
	"unicode"
	"unicode/utf8"
)

func main() {
	fmt.Println(math.Sqrt(2), math.Pow(2, 10), math.Abs(-3.5), math.Floor(-2.5), math.Ceil(2.1), math.Max(3, 7), math.Min(3, 7))
	fmt.Println(math.Inf(1), math.Inf(-1), math.NaN(), math.IsNaN(math.NaN()), math.IsInf(math.Inf(1), 0), math.IsInf(math.Inf(-1), 1))
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxInt32, math.MinInt32, math.MaxInt8, math.MaxUint8, math.MaxUint16)
	fmt.Println(math.Pi, math.E, math.Sqrt2, math.Ln2, math.MaxFloat64, math.SmallestNonzeroFloat64, math.MaxFloat32)
	fmt.Println(math.Mod(7, 3), math.Mod(-7, 3), math.Trunc(-2.7), math.Round(2.5), math.Round(-2.5), math.RoundToEven(2.5), math.Hypot(3, 4), math.Cbrt(27))
	fmt.Println(math.MaxUint32, uint64(math.MaxUint64), math.Log2(8), math.Log10(1000), math.Log(1), math.Exp(0))
	fmt.Println(math.Max(math.NaN(), 1), math.Min(math.Copysign(0, -1), 0), math.Max(math.Copysign(0, -1), 0), math.Signbit(math.Copysign(0, -1)), math.Float64bits(1.0), math.Float32bits(1.0))
	frac, exp := math.Frexp(8)
	ip, fp := math.Modf(-3.25)
	fmt.Println(frac, exp, ip, fp, math.Ldexp(0.5, 4))
	fmt.Printf("%.4f %.4f %.4f %.4f\n", math.Sin(math.Pi/6), math.Cos(0), math.Atan2(1, 1), math.Tan(0.5))

	fmt.Println(unicode.IsUpper('A'), unicode.IsLower('a'), unicode.IsLetter('é'), unicode.IsDigit('5'), unicode.IsDigit('x'), unicode.IsSpace('\t'), unicode.IsPunct('!'), unicode.IsPunct('+'), unicode.IsSymbol('+'))
	fmt.Println(string(unicode.ToUpper('ß')), string(unicode.ToLower('Ä')), string(unicode.ToTitle('a')), unicode.IsNumber('½'), unicode.IsPrint('\n'), unicode.IsControl('\n'))
	fmt.Println(utf8.RuneCountInString("héllo, 世界"), utf8.RuneLen('€'), utf8.RuneLen(-1), utf8.ValidString("a\xffb"), utf8.ValidString("ok"), string(utf8.RuneError), utf8.RuneError)
	r, size := utf8.DecodeRuneInString("€x")
	fmt.Println(r, size, string(r))
	r, size = utf8.DecodeRuneInString("\xff")
	fmt.Println(r, size)
	r, size = utf8.DecodeLastRuneInString("a€")
	fmt.Println(r, size)
	buf := make([]byte, 4)
	nb := utf8.EncodeRune(buf, '€')
	fmt.Println(buf[:nb], nb, utf8.RuneCount(buf[:nb]), utf8.Valid(buf[:nb]))
	fmt.Println(string(utf8.AppendRune([]byte("x"), 'é')), utf8.FullRune([]byte{0xe2, 0x82}))
}
