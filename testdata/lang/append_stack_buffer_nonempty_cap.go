package main

import "fmt"

// An append that grows an empty slice whose result does not escape gets
// gc's 32-byte stack backing store whatever the old capacity, and so does
// `v := append(x, ...)` with x not a variable.

func main() {
	x := make([]int, 0, 1)
	x = append(x, 1, 2)
	fmt.Println(len(x), cap(x))
	y := make([]int, 0, 3)
	y = append(y, 1, 2, 3, 4)
	fmt.Println(len(y), cap(y))
	a := append([]int{}, 1, 2, 3)
	fmt.Println(len(a), cap(a))
	b := append([]int(nil), 1, 2, 3)
	fmt.Println(len(b), cap(b))
	e := append(make([]int, 0), 1, 2, 3)
	fmt.Println(len(e), cap(e))
	d := append([]int{1}, 2)
	fmt.Println(len(d), cap(d))
	bs := append([]byte{}, 'a', 'b')
	fmt.Println(len(bs), cap(bs))
	big := append([]int{}, 1, 2, 3, 4, 5)
	fmt.Println(len(big), cap(big))
	g := append([]int{}, 1, 2, 3)
	fmt.Println(g, cap(g))
}
