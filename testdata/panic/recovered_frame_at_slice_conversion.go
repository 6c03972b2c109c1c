// A function with open-coded defers recovers, then a later deferred call of it
// panics: gc resumed it at its disconnected deferreturn call, whose line is
// the end of gc's last laid-out block (the first exit block: here the
// slice-to-array conversion's panic, before the division's).
package main

import "fmt"

//go:noinline
func g(n int) int {
	if n > 0 {
		panic("g")
	}
	return n
}

func f(x int) (r int) {
	a := make([]int, x)
	fmt.Println([3]int(a))
	defer func() {
		r += 10 / (x - 3)
	}()
	defer func() {
		fmt.Println("rec", recover())
	}()
	r = g(x)
	fmt.Println("after", r)
	return r
}

func main() {
	fmt.Println(f(3))
}
