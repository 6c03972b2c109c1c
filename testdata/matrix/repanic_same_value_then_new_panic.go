// Tests: gostack-matrix seed 122: two panics with the same error value collapse to one line, and a newer panic still prints
package main

import (
	"errors"
	"fmt"
)

var errSentinel = errors.New("sentinel")

func f0(x int) (r int) {
	defer func() {
		panic(float64(x) / 4)
	}()
	for i := range 2 {
		fmt.Println("f0 iter23", i)
		defer func() {
			panic(errSentinel)
		}()
	}
	return r * 2
}

func main() {
	fmt.Println("f0 ->", f0(5))
}
