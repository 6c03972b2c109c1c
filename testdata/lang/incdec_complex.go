// Tests: ++ and -- on complex, float and wrapping integer operands.
package main

import "fmt"

func main() {
	c := 1 + 2i
	c++
	c++
	c--
	var c64 complex64 = 1i
	c64++
	cs := []complex128{-1i}
	cs[0]--
	var f32 float32 = 1.5
	f32++
	var f64 = 0.1
	f64--
	fmt.Println(c, c64, cs, f32, f64)
	fmt.Printf("%T %v\n", c64, c64)
}
