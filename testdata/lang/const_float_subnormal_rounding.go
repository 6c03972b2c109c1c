// Tests: a float constant is rounded once to float64, also at the subnormal boundary (2.2250738585072011e-308 is the largest subnormal) and at half the smallest subnormal.
package main

import (
	"fmt"
	"math"
)

const c = 2.2250738585072011e-308

func main() {
	var a float64 = 2.2250738585072011e-308
	b := 2.2250738585072012e-308
	fmt.Println(a, b, c, a == math.Nextafter(math.SmallestNonzeroFloat64*0x1p52, 0))
	fmt.Println(2.4703282292062328e-324, 2.4703282292062327e-324 == 0, 4.9406564584124654e-324 == math.SmallestNonzeroFloat64)
	fmt.Println(1e-320, 3e-324, 7.4e-324, 1.7976931348623157e308)
	fmt.Println(math.Float64bits(1e-310), math.Float64bits(0x1.8p-1074), math.Float64bits(0x1p-1075*3))
}
