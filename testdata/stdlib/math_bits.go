// Tests: every function of package math returns Go's exact bits (amd64) over thousands of arguments, special values included
package main

import (
	"fmt"
	"math"
)

var seed = uint64(88172645463325252)

func next() uint64 {
	seed ^= seed << 13
	seed ^= seed >> 7
	seed ^= seed << 17
	return seed
}

var specials = []float64{
	0, math.Copysign(0, -1), math.Inf(1), math.Inf(-1), math.NaN(),
	math.Float64frombits(0x7ff0000000000123), math.Float64frombits(0xfff8000000000000),
	1, -1, 0.5, -0.5, 2, -2, 3, 0.25, 1e-20, -1e-20, 1e-300, 1e300, -1e300,
	math.SmallestNonzeroFloat64, -math.SmallestNonzeroFloat64, 2.2250738585072014e-308,
	1e-310, -3e-315, math.MaxFloat64, -math.MaxFloat64, 1 << 29, 1<<29 + 0.5, 1 << 53, 1<<52 + 0.5,
	math.Pi, math.Pi / 2, -math.Pi / 4, 709.78, 710, -745.2, -746, 1024, -1075, 6, 28, 33.5, 170.5,
	171.7, 200, -170.5, -2.5, -33.5, 1e15, 0.84375, 1.25, 2.857, 8, 0.7, 0.9, 1.4616, 4.5454, 1e-9,
	-1e-9, 0.999999, -0.999999, 1 << 28, 1.0 / (1 << 28), 1e22, 1e-7, 21, 22, 44.1, 0.625,
}

// args returns the special values followed by random ones of four kinds:
// uniform in [-10, 10), in [-1, 1), in [0, 2) and arbitrary bit patterns.
func args() []float64 {
	a := append([]float64(nil), specials...)
	for i := 0; i < 1000; i++ {
		a = append(a, float64(next()%2000000)/100000-10)
	}
	for i := 0; i < 500; i++ {
		a = append(a, float64(next()%2000000)/1000000-1)
	}
	for i := 0; i < 300; i++ {
		a = append(a, float64(next()%2000000)/1000000)
	}
	for i := 0; i < 700; i++ {
		a = append(a, math.Float64frombits(next()))
	}
	return a
}

// The argument lists are package variables: debuggers and the statement
// checker render locals at every step, and these are thousands long.
var a, xs, ys []float64

type hash uint64

func (h *hash) f(v float64) { *h = *h*31 + hash(math.Float64bits(v)) }
func (h *hash) i(v int)     { *h = *h*31 + hash(v) }

func main() {
	a = args()
	// Floor, Ceil, Trunc, RoundToEven and FMA are called directly: Go
	// compiles such calls to single instructions (ROUNDSD, VFMADD231SD)
	// that quiet a signalling NaN where the functions' bodies do not.
	unary := []struct {
		n string
		f func(float64) float64
	}{
		{"Abs", math.Abs}, {"Acos", math.Acos}, {"Acosh", math.Acosh}, {"Asin", math.Asin},
		{"Asinh", math.Asinh}, {"Atan", math.Atan}, {"Atanh", math.Atanh}, {"Cbrt", math.Cbrt},
		{"Ceil", func(x float64) float64 { return math.Ceil(x) }}, {"Cos", math.Cos}, {"Cosh", math.Cosh}, {"Erf", math.Erf},
		{"Erfc", math.Erfc}, {"Erfcinv", math.Erfcinv}, {"Erfinv", math.Erfinv}, {"Exp", math.Exp},
		{"Exp2", math.Exp2}, {"Expm1", math.Expm1}, {"Floor", func(x float64) float64 { return math.Floor(x) }}, {"Gamma", math.Gamma},
		{"J0", math.J0}, {"J1", math.J1}, {"Log", math.Log}, {"Log10", math.Log10},
		{"Log1p", math.Log1p}, {"Log2", math.Log2}, {"Logb", math.Logb}, {"Round", math.Round},
		{"RoundToEven", func(x float64) float64 { return math.RoundToEven(x) }}, {"Sin", math.Sin}, {"Sinh", math.Sinh}, {"Sqrt", math.Sqrt},
		{"Tan", math.Tan}, {"Tanh", math.Tanh}, {"Trunc", func(x float64) float64 { return math.Trunc(x) }}, {"Y0", math.Y0}, {"Y1", math.Y1},
	}
	for _, u := range unary {
		var h hash
		for _, x := range a {
			h.f(u.f(x))
		}
		fmt.Println(u.n, h)
	}
	var h1, h2, h3, h4, h5, h6, h7 hash
	for _, x := range a {
		fr, e := math.Frexp(x)
		h1.f(fr)
		h1.i(e)
		ip, fp := math.Modf(x)
		h2.f(ip)
		h2.f(fp)
		lg, s := math.Lgamma(x)
		h3.f(lg)
		h3.i(s)
		s1, c1 := math.Sincos(x)
		h4.f(s1)
		h4.f(c1)
		h5.i(math.Ilogb(x))
		h6.i(int(math.Float32bits(float32(x))))
		b := next()
		h7.i(int(math.Float64bits(math.Ldexp(x, int(b%2400)-1200))))
	}
	fmt.Println("Frexp", h1, "Modf", h2, "Lgamma", h3, "Sincos", h4, "Ilogb", h5, "Float32bits", h6, "Ldexp", h7)

	// Pairs: specials by specials, then random pairs.
	for _, x := range specials {
		for _, y := range specials {
			xs, ys = append(xs, x), append(ys, y)
		}
	}
	for i := 0; i < 3000; i++ {
		xs, ys = append(xs, a[next()%uint64(len(a))]), append(ys, a[next()%uint64(len(a))])
	}
	binary := []struct {
		n string
		f func(x, y float64) float64
	}{
		{"Atan2", math.Atan2}, {"Copysign", math.Copysign}, {"Dim", math.Dim}, {"Hypot", math.Hypot},
		{"Max", math.Max}, {"Min", math.Min}, {"Mod", math.Mod}, {"Nextafter", math.Nextafter},
		{"Pow", math.Pow}, {"Remainder", math.Remainder},
		{"FMA", func(x, y float64) float64 { return math.FMA(x, y, x*0.3) }},
		{"Nextafter32", func(x, y float64) float64 { return float64(math.Nextafter32(float32(x), float32(y))) }},
	}
	for _, b := range binary {
		var h hash
		for i := range xs {
			h.f(b.f(xs[i], ys[i]))
		}
		fmt.Println(b.n, h)
	}
	// Pow over a grid of ordinary arguments too (its common use).
	var hp hash
	for i := 0; i < 3000; i++ {
		x := float64(next()%1000000) / 10000
		y := float64(next()%2000000)/10000 - 100
		hp.f(math.Pow(x, y))
		hp.f(math.Pow(-x, math.Trunc(y)))
	}
	fmt.Println("Pow grid", hp)
	var hj, hy hash
	for i := range xs[:2000] {
		n := int(next()%41) - 20
		hj.f(math.Jn(n, xs[i]))
		hy.f(math.Yn(n, xs[i]))
	}
	fmt.Println("Jn", hj, "Yn", hy)
	var hq hash
	for n := -330; n <= 330; n++ {
		hq.f(math.Pow10(n))
	}
	fmt.Println("Pow10", hq)
}
