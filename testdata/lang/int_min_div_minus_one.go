// Tests: MinInt64 / -1 and % -1 at run time wrap without panicking.
package main

import (
	"fmt"
	"math"
)

func main() {
	x := int64(math.MinInt64)
	y := int64(-1)
	fmt.Println(x/y, x%y)
	var a int32 = math.MinInt32
	var b int32 = -1
	fmt.Println(a/b, a%b, -a)
}
