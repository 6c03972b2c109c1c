package main

// A generic alias must denote a type its declaration fixes: not one of its
// own type parameters.
type Same[P any] = P

func main() {
	var x Same[int]
	_ = x
}
