// A function with open-coded defers recovers, then a later deferred call of it
// panics: gc resumed it at its disconnected deferreturn call, whose line is
// the end of gc's last laid-out block (the first exit block, else the last return).
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
	defer func() {
		panic("second")
	}()
	defer func() {
		fmt.Println("rec", recover())
	}()
	fmt.Println("before")
	r = g(x)
	if x > 5 {
		return 7
	}
	fmt.Println("after", r)
	return
}

func main() {
	f(1)
}
