package main

import "fmt"

// Types declared in a generic function's body may use its type
// parameters: an alias of one, a struct with a field of one.
func g[P any](p P) {
	type B = P
	type X struct{ v P }
	var b B = p
	x := X{p}
	fmt.Printf("%v %T %v\n", b, b, x)
}

func main() {
	g(1)
	g("s")
	g([]float64{1.5})
}
