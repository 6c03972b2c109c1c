// Tests: constant indexes and sizes that are not integers: an untyped float with a fraction is truncated to int, an untyped string cannot be converted, a typed float must be integer
package main

func main() {
	y := []int{1, 2, 3}
	y[1.5] = 2
	_ = y[2.0]
	_ = y["a"]
	_ = y[float64(1)]
	_ = make([]int, 2.5)
	const c = 1.25
	_ = y[c]
}
