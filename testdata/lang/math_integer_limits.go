// Tests: math integer limits used in typed expressions and overflow to wrap at run time.
package main

import (
	"fmt"
	"math"
)

func main() {
	var a int32 = math.MaxInt32
	var b uint16 = math.MaxUint16
	a++
	b++
	fmt.Println(a, b)
	fmt.Println(math.MinInt8, math.MaxUint8, uint64(math.MaxUint64))
	x := math.MaxInt64
	fmt.Println(x+1 < 0)
}
