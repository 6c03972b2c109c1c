// Tests: functions returning multiple results, named results with a bare return, blank identifier.
package main

import "fmt"

func divmod(a, b int) (int, int) {
	return a / b, a % b
}

func minmax(xs ...int) (lo, hi int) {
	lo, hi = xs[0], xs[0]
	for _, x := range xs[1:] {
		if x < lo {
			lo = x
		}
		if x > hi {
			hi = x
		}
	}
	return
}

func main() {
	q, r := divmod(47, 6)
	fmt.Println(q, r)
	lo, hi := minmax(3, 9, -2, 7)
	fmt.Println(lo, hi)
	_, r2 := divmod(10, 3)
	fmt.Println(r2)
	fmt.Println(divmod(9, 2))
}
