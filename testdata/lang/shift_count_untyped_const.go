// Tests: a shift whose count is an untyped float or complex constant with an integer value, or one beyond int64 (math.MaxUint): the count is that uint
package main

import (
	"fmt"
	"math"
)

func main() {
	var x int = 1
	fmt.Println(x<<1, x<<1., x<<(1+0i), x<<0i)
	fmt.Println(x<<(1<<x), x<<(1.<<x), x<<((1+0i)<<x), x<<(0i<<x))
	const M = math.MaxUint
	n := -8
	fmt.Println(x<<(M+0), x<<(M+0.), x<<(M+0.+0i), n>>(M+0))
	var u uint = 2
	const c = 8 >> (2 + 0i)
	fmt.Println(u>>1., c, x<<2.0, uint8(200)>>(1+0i))
}
