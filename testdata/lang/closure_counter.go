// Tests: closures capture variables by reference and keep independent state.
package main

import "fmt"

func counter() (func() int, func()) {
	n := 0
	return func() int { n++; return n }, func() { n = 100 }
}

func main() {
	inc, reset := counter()
	inc2, _ := counter()
	fmt.Println(inc(), inc(), inc2())
	reset()
	fmt.Println(inc(), inc2())
}
