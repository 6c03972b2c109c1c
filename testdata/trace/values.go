// Tests: the debugger's view of values: structs, pointers, maps, slices, closures and escaped variables
package main

import "fmt"

type Point struct {
	X, Y int
	Name string
}

func scale(p *Point, k int) {
	p.X *= k
	p.Y *= k
}

func main() {
	p := Point{1, 2, "a"}
	q := &p
	m := map[string]int{"b": 2, "a": 1}
	s := []int{10, 20, 30, 40}
	n := 0
	inc := func() { n++ }
	for i := range s {
		inc()
		s[i] += i
	}
	scale(q, 3)
	fmt.Println(p, *q, m, s[1:3], n)
}
