// Tests: gostack-matrix seed 373: `defer recover()` inside a deferred function recovers (its deferwrap is a wrapper; the deferred function is the one frame)
package main

import (
	"fmt"
)

type Code int

func f0(x int) (r int) {
	defer func() {
		defer recover()
	}()
	if x > 0 {
		panic(Code(7))
	}
	return
}

func main() {
	fmt.Println("f0 ->", f0(4))
}
