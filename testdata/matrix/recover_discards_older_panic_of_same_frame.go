// Tests: gostack-matrix seed 189: recovering a panic raised by a deferred call also discards the older panic raised by the same frame; a later recover returns nil
package main

import (
	"fmt"
)

type Ratio float64

func show(tag string, v any) {
	fmt.Printf("%s: %T %v\n", tag, v, v)
}

func f0(x int) (r int) {
	for i := range 2 {
		fmt.Println("f0 iter7", i)
		defer func(v int) {
			show("f0 rec9", recover())
		}(x + 0)
	}
	defer func() {
		panic(12)
	}()
	if x > 1 {
		panic(Ratio(1.5))
	}
	return
}

func main() {
	fmt.Println("f0 ->", f0(2))
}
