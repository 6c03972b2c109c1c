// Tests: complex128 arithmetic, real/imag, printing.
package main

import "fmt"

func main() {
	a := complex(1, 2)
	b := 3 - 4i
	fmt.Println(a+b, a*b, a/b)
	fmt.Println(real(b), imag(b), a == complex(1, 2))
	fmt.Printf("%v %.2f %T\n", a, b, a)
	var c complex64 = complex64(a)
	fmt.Printf("%v %T\n", c, c)
	fmt.Println(-a, 1i*1i)
}
