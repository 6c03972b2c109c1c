// Tests: a named struct result that a closure or pointer still reaches:
// `return v` assigns the variable (deferred calls see and change it), and the
// caller gets a copy, not the variable.
package main

import "fmt"

type P struct{ X, Y int }

var keep func()
var gp *P

func f() (r P) {
	keep = func() { r.X++ }
	r.X = 1
	return
}

func g() (r P) {
	gp = &r
	return
}

func h() (r P) {
	defer func() { r.Y = 5 }()
	return P{1, 1}
}

func main() {
	x := f()
	keep()
	fmt.Println(x)
	var y P
	y = f()
	keep()
	fmt.Println(y)
	z := g()
	gp.X = 9
	fmt.Println(z, *gp)
	fmt.Println(h())
}
