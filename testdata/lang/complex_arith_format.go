// Tests: complex constants (no negative zero), negation, complex64 rounding, Go's division (infinities), formatting.
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(-1i, -(1i), 0-1i, -1i*1i, -0i)
	x := -1i
	fmt.Println(x, -x, real(x), imag(x))
	z := 1 + 0i
	z = -z
	fmt.Println(z, -z)
	var c64 complex64 = complex(1.1, 2.2)
	fmt.Println(c64*c64, c64/3, c64+c64, complex128(c64), complex128(c64*c64))
	fmt.Println(complex64(complex(1.0/3, 2.0/3)) == complex64(complex(float32(1.0/3), float32(2.0/3))))
	a := complex(1.0, 2.0)
	b := complex(3.0, -4.0)
	fmt.Println(a*b, a/b, a-b, a == b, a != b)
	fmt.Printf("%v %.2f %g %e %8.3f|%-12v|%+.1f\n", a, a, b, a, b, a, b)
	fmt.Printf("%T %T\n", c64, a)
	zero := complex(0, 0)
	fmt.Println(a/zero, zero/zero, complex(math.Inf(1), 1)/b, a/complex(math.Inf(1), 0))
	fmt.Println(complex(0, math.Inf(-1)), complex(math.NaN(), 0))
	const k = 2i * 2i
	fmt.Println(k, real(k))
	var c complex128 = 3
	c *= 2i
	c += 1
	c /= 1i
	fmt.Println(c, complex64(c))
	fmt.Printf("%v\n", []complex64{1, 2i, -1.5 + 0.25i})
	var cf complex64 = 1e20
	fmt.Println(cf*cf, cf*cf == cf*cf)
	println(a, c64)
}
