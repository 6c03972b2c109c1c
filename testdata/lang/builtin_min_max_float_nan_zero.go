package main

import (
	"fmt"
	"math"
)

// min and max of floats: a NaN argument makes the result NaN, and of zeros
// min prefers -0 and max +0 (runtime fmin/fmax).

func main() {
	nan := math.NaN()
	negz := math.Copysign(0, -1)
	one := 1.0
	fmt.Println(min(one, nan, 3), max(nan, one), min(one, 2, nan), max(math.Inf(-1), nan))
	fmt.Println(1/min(0.0, negz), 1/min(negz, 0.0), 1/max(negz, 0.0), 1/max(0.0, negz), 1/max(negz, negz))
	fmt.Println(min(one, 2, -3), max(one, 2, -3), min(math.Inf(1), one), max(math.Inf(-1), -one))
	var f32 float32 = 2.5
	z32 := float32(negz)
	fmt.Println(min(f32, 1), max(f32, float32(nan)), 1/min(float32(0), z32), 1/max(z32, 0))
	xs := []float64{3, -1, nan, 7}
	lo, hi := xs[0], xs[0]
	for _, x := range xs[1:] {
		lo, hi = min(lo, x), max(hi, x)
	}
	fmt.Println(lo, hi, min(3, 1, 2), max("b", "c", "a"))
}
