// Tests: struct elements copied by append growth, copy() and append(s, t...) are independent objects, and values read out of slices, maps, fields and channels do not alias their source.
package main

import "fmt"

type T struct{ X int }
type O struct{ I T }

var g T

func get(s []T) T { return s[0] }

func main() {
	a := []T{{1}}
	b := append(a, T{2})
	b[0].X = 5
	fmt.Println(a[0].X, b[0].X)
	c := make([]T, 1)
	copy(c, b)
	c[0].X = 7
	fmt.Println(b[0].X, c[0].X)
	d := append([]T(nil), b...)
	d[1].X = 8
	fmt.Println(b[1].X, d[1].X)
	arr := [2]T{{1}, {2}}
	s := arr[:]
	s2 := append(s[:1], T{9})
	fmt.Println(arr, s2)
	s3 := append(s, T{10})
	s3[0].X = 11
	fmt.Println(arr, s3)

	x := s[0]
	s[0] = T{9}
	y := get(s)
	s[0] = T{8}
	fmt.Println(x, y, s)
	o := O{T{1}}
	z := o.I
	o.I = T{5}
	fmt.Println(z, o)
	for _, v := range s {
		s[1] = T{7}
		fmt.Println(v)
	}
	m := map[int]T{1: {1}}
	mv := m[1]
	m[1] = T{2}
	fmt.Println(mv, m)
	var i any = s[0]
	s[0] = T{3}
	ch := make(chan T, 1)
	ch <- s[0]
	s[0] = T{4}
	fmt.Println(i, <-ch, s)
	g = s[1]
	gp := &g
	g = T{42}
	fmt.Println(g, *gp, s)
	ps := []*T{&s[0]}
	s[0] = T{77}
	fmt.Println(*ps[0])
}
