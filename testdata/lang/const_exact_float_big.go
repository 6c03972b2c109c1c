// Tests: untyped float constants are exact beyond float64's range and precision (1e300*1e300/1e300, 1e1000/1e999, 0.1+0.2 == 0.3, 1/3*3 == 1)
package main

import (
	"fmt"
	"math"
)

const Big = 1e300 * 1e300 / 1e300
const Huge = 1e1000
const third = 1.0 / 3
const tiny = 1e-300 * 1e-300 * 1e300 * 1e300

func main() {
	fmt.Println(Big, Huge/1e999, tiny)
	fmt.Println(third*3 == 1, 0.1+0.2 == 0.3)
	const p = math.Pi * 1e100 / 1e100
	fmt.Println(p == math.Pi)
	fmt.Println(1e100/3*3 == 1e100)
	fmt.Println(100000000000000000000000.0 / 7)
	const h = 1 << 100
	fmt.Println(h*h/h/h, float64(h*h))
	fmt.Println(math.SmallestNonzeroFloat64/2*2, math.MaxFloat64*1.0)
}
