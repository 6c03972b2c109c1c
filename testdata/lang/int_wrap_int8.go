// Tests: int8 and int16 wraparound on overflow.
package main

import "fmt"

func main() {
	var a int8 = 127
	a++
	fmt.Println(a)
	var b int8 = -128
	b--
	fmt.Println(b)
	var c int16 = 32767
	c += 2
	fmt.Println(c)
	var d int8 = -128
	fmt.Println(-d, d/-1)
}
