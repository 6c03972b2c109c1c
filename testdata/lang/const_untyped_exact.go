// Tests: untyped constant arithmetic is exact beyond 64 bits.
package main

import "fmt"

const huge = 1 << 200
const third = 1.0 / 3
const ratio = huge / (1 << 198)

func main() {
	fmt.Println(ratio)
	fmt.Println(third * 3 == 1)
	fmt.Println(huge>>190, float64(huge)/1e60 > 1)
	const x = 7 / 2
	const y = 7 / 2.0
	fmt.Println(x, y)
	var f float32 = third
	fmt.Println(f)
}
