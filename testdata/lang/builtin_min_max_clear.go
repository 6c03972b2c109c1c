// Tests: min, max on ints, floats, strings; clear on maps and slices.
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(min(3, 1, 2), max(3, 1, 2), min(2.5, 1), max("b", "a", "c"))
	fmt.Println(min(math.NaN(), 1), max(-0.0, 0.0))
	x, y := 5, 9
	fmt.Println(min(x, y), max(x, y, 7))
	m := map[string]int{"a": 1, "b": 2}
	clear(m)
	fmt.Println(len(m), m)
	s := []int{1, 2, 3}
	clear(s[1:])
	fmt.Println(s, len(s))
}
