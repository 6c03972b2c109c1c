// Tests: untyped integer constants are exact through huge intermediate values (below Go's 512-bit limit)
package main

import "fmt"

const (
	A = 1 << 400
	B = A * 3 / (1 << 398)
	C = (A + 1) % 1000
	D = -A >> 399
)

func main() {
	fmt.Println(B, C, D)
	fmt.Println(A/(A>>10), (A-1)&0xff)
	var s uint = 3
	var i = 1 << s
	var j int64 = 1 << s
	var k = uint8(1) << 7 >> s
	fmt.Println(i, j, k)
}
