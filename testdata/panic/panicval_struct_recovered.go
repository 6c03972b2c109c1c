// Tests: recovered panic values of struct, slice and map kinds keep their types.
package main

import "fmt"

type P struct{ X, Y int }

func show(v any) {
	defer func() {
		r := recover()
		fmt.Printf("%T %v\n", r, r)
	}()
	panic(v)
}

func main() {
	show(P{1, 2})
	show([]int{1})
	show(map[string]int{"a": 1})
	show(&P{3, 4})
	show(uint16(9))
}
