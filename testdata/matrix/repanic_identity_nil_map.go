// Tests: gostack-matrix seed 114: the nil-map error is one constant value in Go, so a second one collapses into the first line
package main

import (
	"fmt"
)

func f0(x int) (r int) {
	defer f3(x + 4)
	r += f3(x + 3)
	return
}

func f3(x int) (r int) {
	{ var m map[string]int; m["k1"] = x }
	return r * 2
}

func main() {
	fmt.Println("f0 ->", f0(3))
}
