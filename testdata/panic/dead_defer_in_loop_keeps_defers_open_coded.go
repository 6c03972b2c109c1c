// gc's noder drops the statements after a terminating one (here
// panic(0.1)), so the defer in the dead loop does not make f's defers
// linked: they stay open-coded, and after the recovery f stands at its
// first exit block (the panic), not at its closing brace.
package main

import "fmt"

func f(x int) (r int) {
	defer func() {
		panic("second")
	}()
	defer func() {
		fmt.Println("rec", recover())
	}()
	fmt.Println("start", x)
	panic(0.1)
	for i := range 2 {
		defer fmt.Println("dead", i)
	}
	return r
}

func main() {
	f(1)
}
