// Tests: complex, real, imag builtins with float32 components and constants.
package main

import "fmt"

func main() {
	var a, b float32 = 1.5, -2
	c := complex(a, b)
	fmt.Printf("%T %v\n", c, c)
	fmt.Printf("%T %v\n", real(c), imag(c))
	const k = complex(3, 4)
	fmt.Println(real(k)*real(k)+imag(k)*imag(k), k)
	var z complex128
	fmt.Println(z, z == 0)
}
