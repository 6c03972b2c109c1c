// Tests: aggregates read out of maps, interfaces (assertions, comma-ok, type
// switches), slices, channels and pointers are copies: writing the variable
// leaves the source alone.
package main

import "fmt"

type P struct{ X, Y int }

func get(m map[int]P) P { return m[1] }
func as(i any) P        { return i.(P) }
func fromSlice(s []P) P { return s[0] }

func main1() {
	m := map[int]P{1: {1, 2}}
	x := m[1]
	x.X = 5
	fmt.Println(m[1], x)
	var i any = P{1, 2}
	y := i.(P)
	y.X = 5
	fmt.Println(i, y)
	var z P
	z = m[1]
	z.Y = 9
	fmt.Println(m[1], z)
	w := get(m)
	w.X = 7
	fmt.Println(m[1], w)
	var v P
	v = get(m)
	v.X = 8
	fmt.Println(m[1], v)
	u := as(i)
	u.X = 3
	fmt.Println(i, u)
	s := []P{{1, 1}}
	t := fromSlice(s)
	t.X = 4
	fmt.Println(s, t)
	ch := make(chan P, 1)
	ch <- x
	r := <-ch
	r.X = 100
	fmt.Println(x, r)
}

func main2() {
	m := map[int]P{1: {1, 2}}
	var i any = P{1, 2}
	y, ok := i.(P)
	y.X = 5
	fmt.Println(i, y, ok)
	x, ok := m[1]
	x.X = 6
	fmt.Println(m, x, ok)
	switch v := i.(type) {
	case P:
		v.Y = 7
		fmt.Println(i, v)
	}
	var a any = [2]int{1, 2}
	switch v := a.(type) {
	case [2]int:
		v[0] = 9
		fmt.Println(a, v)
	}
	for k, v := range m {
		v.X = 10
		fmt.Println(k, m, v)
	}
	arr := [2]P{{1, 1}, {2, 2}}
	for _, v := range arr {
		v.X = 11
	}
	fmt.Println(arr)
	sl := []P{{1, 1}}
	for _, v := range sl {
		v.X = 12
	}
	fmt.Println(sl)
	ch := make(chan P, 1)
	ch <- P{3, 3}
	r, ok := <-ch
	r.X = 13
	fmt.Println(r, ok)
	e := P{4, 4}
	ps := []*P{&e}
	q := *ps[0]
	q.X = 14
	fmt.Println(e, q)
}

func main() {
	main1()
	main2()
}
