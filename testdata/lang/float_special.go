// Tests: NaN and infinities printing and comparisons.
package main

import (
	"fmt"
	"math"
)

func main() {
	inf := math.Inf(1)
	nan := math.NaN()
	fmt.Println(inf, -inf, nan)
	fmt.Println(nan == nan, nan != nan, inf > 1e308)
	fmt.Println(math.IsNaN(nan), math.IsInf(-inf, -1))
	fmt.Printf("%f %e %g\n", inf, -inf, nan)
	zero := 0.0
	fmt.Println(1/zero, -1/zero, zero/zero)
}
