// Tests: a call with too few arguments still declares the variables it is assigned to, with the callee's result types, so later errors about them match Go
package main

import (
	"fmt"
	"os"
)

func f(a int, b string) (int, error) { return a, nil }

func main() {
	x := 5
	var y string = x
	z, err := f(1)
	fmt.Println(z + "a")
	for i := range 10 {
	}
	undefinedFn()
	var s []int
	s.Push(1)
}
