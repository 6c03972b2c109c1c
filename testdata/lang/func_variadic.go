// Tests: variadic functions with zero args, spread slices, and aliasing.
package main

import "fmt"

func sum(label string, xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	fmt.Println(label, len(xs), xs == nil)
	return t
}

func mod(xs ...int) { xs[0] = 99 }

func main() {
	fmt.Println(sum("none"))
	fmt.Println(sum("some", 1, 2, 3))
	s := []int{4, 5}
	fmt.Println(sum("spread", s...))
	mod(s...)
	fmt.Println(s)
}
