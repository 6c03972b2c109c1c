// Tests: unsigned wraparound for uint8, uint16, uint32, uint64.
package main

import "fmt"

func main() {
	var a uint8 = 0
	a--
	var b uint16 = 65535
	b++
	var c uint32 = 0
	c -= 3
	var d uint64 = 0
	d--
	fmt.Println(a, b, c, d)
	var e uint8 = 200
	fmt.Println(e*2, e+100)
}
