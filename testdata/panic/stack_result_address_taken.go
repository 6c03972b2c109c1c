package main

import "fmt"

// &r used only locally, and a literal called on the spot, do not move r
// to the heap: f's defers stay open-coded, and its frame is at the
// return statement.
func f() (r int) {
	defer func() { panic(fmt.Sprint("r=", r)) }()
	p := &r
	*p = 2
	return func() int { return r }() + 1
}

func main() {
	f()
}
