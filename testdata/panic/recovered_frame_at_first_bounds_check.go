// A function with open-coded defers recovers, then a later deferred call of it
// panics: gc resumed it at its disconnected deferreturn call, whose line is
// the end of gc's last laid-out block (the first exit block, else the last return).
package main

import "fmt"

func g(n int) int {
	if n > 0 {
		panic("g")
	}
	return n
}

func f(x int) (r int) {
	defer func() {
		panic("second")
	}()
	defer func() {
		fmt.Println("rec", recover())
	}()
	a := []int{1, 2}
	fmt.Println(a[x%2])
	r = g(x)
	fmt.Println("after")
	return r
}

func main() {
	f(1)
}
