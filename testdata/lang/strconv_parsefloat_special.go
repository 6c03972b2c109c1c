// Tests: strconv.ParseFloat of inf, NaN, hex floats and out-of-range values.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"inf", "-Inf", "NaN", "0x1p-2", "1e400", "1_000.5", "1e-400", ".5"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(s, f, err)
	}
	f32, err := strconv.ParseFloat("3.4e39", 32)
	fmt.Println(f32, err)
}
