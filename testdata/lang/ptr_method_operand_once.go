// Tests: the operand of a pointer-method call (an implicit &) is evaluated
// once: a[f()].M() and method values a[f()].M call f once.
package main

import "fmt"

type C struct{ n int }

func (c *C) Inc() { c.n++ }

var calls int

func idx() int { calls++; return 0 }

func main() {
	arr := [2]C{}
	arr[idx()].Inc()
	s := []C{{}}
	s[idx()].Inc()
	g := arr[idx()].Inc
	g()
	fmt.Println(calls, arr, s)
}
