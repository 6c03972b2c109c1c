// Tests: recover in outer function's defer catches panic from inner after inner defers run.
package main

import "fmt"

func inner() {
	defer func() {
		fmt.Println("inner defer, no recover")
	}()
	panic("p")
}

func outer() {
	defer func() {
		fmt.Println("outer recovered:", recover())
	}()
	inner()
	fmt.Println("not reached")
}

func main() {
	outer()
	fmt.Println("main")
}
