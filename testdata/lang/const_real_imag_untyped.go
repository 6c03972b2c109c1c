// Tests: real and imag of constants are constants: of untyped numeric constants (int, rune, float, complex) untyped floats, usable as int or float32; of a typed complex constant its float type.
package main

import "fmt"

const (
	R0         = real(0)
	I0         = imag('a')
	_  int     = real(1)
	_  int     = real(2.0)
	_  int     = imag(2.1 + 3i)
	_  float32 = real(3.2i)
	C  complex64 = 1.5 + 2.5i
	RC         = real(C)
	D  complex128 = -1 + 0.25i
)

var arr [int(real(3 + 4i))]int

func main() {
	fmt.Println(R0, I0, RC, imag(D), len(arr))
	fmt.Printf("%T %T %T %T\n", real(1), imag('a'), RC, real(D))
	var f32 float32 = imag(2.5i)
	var i int = real('a')
	fmt.Println(f32, i, real(2.0) == 2, imag(3i)/2)
}
