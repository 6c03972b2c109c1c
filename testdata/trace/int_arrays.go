package main

import "fmt"

type Sample struct {
	ID   int
	Vals [3]float64
}

func main() {
	var a [4]int
	a[1] = 7
	a[3] = -2
	f := [2]float32{0.5, 1.25}
	u := [2]uint64{1<<64 - 1, 3}
	s := Sample{ID: 1, Vals: [3]float64{1, 2.5, -3}}
	sl := a[1:3]
	p := &a[3]
	g := [2][2]int16{{1, 2}, {3, 4}}
	fmt.Println(a, f, u, s, sl, *p, g)
}
