// Tests: bitwise operators and, or, xor, and-not, complement on signed and unsigned.
package main

import "fmt"

func main() {
	a, b := 0b1100, 0b1010
	fmt.Println(a&b, a|b, a^b, a&^b, ^a)
	var u uint8 = 0x0f
	fmt.Println(^u, u<<4, u>>2)
	var s int8 = -1
	fmt.Println(uint8(s), s>>1, s<<7)
	fmt.Printf("%x %X %o %b\n", 255, 255, 8, 5)
}
