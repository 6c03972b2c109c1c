// Tests: types declared inside functions and their %T names.
package main

import "fmt"

func main() {
	type point struct{ x, y int }
	type list []point
	l := list{{1, 2}, {3, 4}}
	fmt.Printf("%v %T %T\n", l, l, l[0])
	fmt.Printf("%+v\n", l[1])
}
