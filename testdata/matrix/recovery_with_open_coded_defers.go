// Tests: gostack-matrix seed 2448: recovery in a deferred call run by a panic raised by a deferred builtin (was an internal index-out-of-bounds crash in pop_defer_of; frames omitted: deferwrap numbering differs)
package main

import (
	"fmt"
)

type T struct{ n int }

func show(tag string, v any) {
}

func f0(x int) (r int) {
	defer f2(x + 1)
	defer panic(complex(1, 13))
	return r * 2
}

func f2(x int) (r int) {
	defer func(v int) {
		fmt.Println("f2 d1 arg", v, r)
		show("f2 rec2", recover())
	}(x + 3)
	defer func() {
		panic("same")
	}()
	{ var p *T; fmt.Println("f2 deref7", p.n) }
	return r * 2
}

func main() {
	fmt.Println("f0 ->", f0(2))
}
