// Tests: typed float constants are rounded to their type after each operation (float64(0.1)*3 != 0.3), float32 constants to float32
package main

import "fmt"

func main() {
	const x float64 = 0.1
	fmt.Println(x*3 == 0.3, x*3)
	const y float32 = 0.1
	fmt.Println(y*3, float64(y), float64(y*3))
	const w = 1.0 / 3.0
	fmt.Println(float32(w), float64(float32(w)))
	fmt.Println(float32(16777217), float32(0.1)+float32(0.2))
	const z float32 = 1 << 24
	fmt.Println(z+1 == z)
	var v float32 = 1e38
	fmt.Println(v * 10)
}
