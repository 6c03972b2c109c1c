// Tests: complex constant arithmetic is exact (no float64 rounding or overflow between steps), with real and imag of constants and division
package main

import "fmt"

const (
	c1 = 1 + 2i
	c2 = c1 * c1
	c3 = c2 / (3 - 4i)
	r  = real(c3)
	im = imag(c3)
	c4 = 1e300i * 1e300i / 1e300
	c5 = 0.1i * 0.1i
	c6 = (1 + 1i) / 3
	c7 = 1e400i / 1e399
	c8 = 0x10i + 0o17i + 0b11i + 017i
)

func main() {
	fmt.Println(c1, c2, c3, r, im)
	fmt.Println(real(c4), imag(c4), complex(r, im))
	fmt.Println(real(c5), real(c5) == -0.01)
	fmt.Println(real(c6)*3 == 1, imag(c6*3) == 1, c6*3 == 1+1i)
	fmt.Println(c7, imag(c7))
	fmt.Println(c8)
	var f float64 = real(c2)
	fmt.Println(f)
	const big = (1 << 100) * 1i
	fmt.Println(imag(big) / (1 << 99))
	var x complex64 = c3
	fmt.Println(x, real(x) == real(c3))
	fmt.Println(c1 == 1+2i, imag(5), real(3.5))
	const z = 1i * 1i
	var i int = z
	fmt.Println(i, -c1, -(0 * 1i))
	const q = 1 / 3.0 * 1i
	fmt.Println(imag(q)*3 == 1, q*3 == 1i)
}
