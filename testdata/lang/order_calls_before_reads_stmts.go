// gc evaluates calls before plain reads in return lists, assignments,
// append arguments and a method call's receiver too (order.rs).
package main

import "fmt"

var g = 1

func f() int { g = 10; return 1 }

func r() (int, int) { g = 1; return g, f() }

type V struct{ n int }

func (v V) Get(x int) int { return v.n + x }

func main() {
	fmt.Println(r())
	g = 1
	a, b := g, f()
	fmt.Println(a, b)
	g = 1
	s := []int{}
	s = append(s, g, f(), g)
	fmt.Println(s)
	v := V{1}
	pv := &v
	fmt.Println(v.Get(func() int { pv.n = 100; return 0 }()))
	g = 1
	var arr [3]int
	arr[0], arr[1] = g, f()
	fmt.Println(arr)
	g = 1
	if g == f() {
		fmt.Println("eq")
	} else {
		fmt.Println("ne", g)
	}
	g = 1
	switch g + f() {
	case 11:
		fmt.Println("11")
	default:
		fmt.Println("other")
	}
	g = 1
	m := map[string]int{"a": g}
	m["a"] = m["a"] + f()
	fmt.Println(m)
	g = 1
	q := []int{g}
	q[0] += f()
	fmt.Println(q)
}

func init() {
	x := 1
	px := &x
	set := func() int { *px = 2; return 0 }
	defer fmt.Println("deferred", x, set(), x)
	x = 1
}
