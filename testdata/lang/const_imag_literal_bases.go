// Tests: imaginary literals in every base: hex/octal/binary integers, hex floats, legacy decimal 0-prefixed.
package main

import "fmt"

func main() {
	fmt.Println(0xcafei, 0XFFi, 0o17i, 0O17i, 0b101i, 0B11i)
	fmt.Println(017i, 00i, 0i, 1_000i, 0x_1_0i, 0b1_0i)
	fmt.Println(0x1p4i, 0x1.8p1i, 0.5i, 1e2i, .25i, 1E-2i)
	var z = 0xFFi + 1
	c := complex64(0o7i)
	fmt.Println(z, c, real(z), imag(z))
	fmt.Printf("%v %T\n", 0x10i*0x10i, 0x10i)
}
