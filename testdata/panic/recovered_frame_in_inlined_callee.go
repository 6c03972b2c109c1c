// A function with open-coded defers recovers, then a later deferred call of it
// panics: gc's deferreturn site is the first exit block, here the panic of g,
// which gc inlined into f: Go shows g's inlined frame above f.
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
	_ = a
	r = g(x)
	fmt.Println("after")
	return r
}

func main() {
	f(1)
}
