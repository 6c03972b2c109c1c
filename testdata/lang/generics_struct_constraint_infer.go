// Tests: inference of element type from a named slice type via ~[]E.
package main

import "fmt"

func First[S ~[]E, E any](s S) (E, bool) {
	if len(s) == 0 {
		var z E
		return z, false
	}
	return s[0], true
}

type Names []string

func main() {
	fmt.Println(First(Names{"x", "y"}))
	fmt.Println(First([]int{}))
	v, ok := First([]float64{2.5})
	fmt.Printf("%T %v %v\n", v, v, ok)
}
