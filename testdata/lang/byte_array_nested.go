// Tests: byte arrays inside structs, arrays of arrays, slices, channels, closures, defers and interfaces keep Go's copy semantics
package main

import "fmt"

type hdr struct {
	tag  [4]byte
	n    int
	flag [3]bool
}

type wrap struct {
	h   hdr
	ids [2][2]byte
}

func main() {
	h := hdr{tag: [4]byte{'a', 'b', 'c', 'd'}, n: 3}
	h2 := h
	h2.tag[0] = 'X'
	h2.flag[1] = true
	fmt.Println(h, h2, h == h2, h.tag == h2.tag)
	pt := &h.tag
	h = h2
	fmt.Println(pt[0] == 'X', *pt, &h.tag == pt)
	hp := &h
	hp.tag[3] = 'Z'
	fmt.Println(h.tag, string(h.tag[:]), string(pt[:]))
	*pt = [4]byte{'1', '2', '3', '4'}
	fmt.Println(h.tag)

	// Arrays of arrays.
	var grid [3][4]byte
	grid[1][2] = 7
	row := grid[1]
	row[0] = 9
	fmt.Println(grid, row)
	g2 := grid
	g2[0][0] = 1
	fmt.Println(grid[0], g2[0], grid == g2)
	rp := &grid[2]
	rp[3] = 5
	gs := grid[1][:]
	gs[3] = 8
	fmt.Println(grid)
	grid[0] = [4]byte{4, 4, 4, 4}
	fmt.Println(grid, rp == &grid[2])

	// Nested structs.
	w := wrap{h: h}
	w.ids[1][0] = 'q'
	w2 := w
	w2.h.tag[0] = '!'
	w2.ids[1][1] = 'r'
	fmt.Println(w.h.tag, w2.h.tag, w.ids, w2.ids, w == w2)
	idp := &w.ids[1]
	w = w2
	fmt.Println(*idp, w == w2)

	// Slices of arrays.
	list := make([][2]byte, 3)
	list[1][0] = 'x'
	el := list[1]
	el[1] = 'y'
	fmt.Println(list, el)
	ap := &list[2]
	ap[0] = 1
	list = append(list, [2]byte{5, 6})
	fmt.Println(list, *ap)
	cp := make([][2]byte, 2)
	copy(cp, list)
	cp[0][0] = 42
	fmt.Println(list[:2], cp)

	// Channels, closures, defers, interfaces: each holds its own copy.
	var a [3]byte
	ch := make(chan [3]byte, 2)
	ch <- a
	a[0] = 1
	ch <- a
	a[0] = 2
	fmt.Println(<-ch, <-ch, a)
	f := func() [3]byte { a[1]++; return a }
	r := f()
	r[2] = 50
	fmt.Println(a, r)
	var x any = a
	a[0] = 3
	y := x.([3]byte)
	y[1] = 60
	fmt.Println(x, y, a, x == any([3]byte{2, 1, 0}))
	func() {
		defer func(v [3]byte) { fmt.Println("deferred", v) }(a)
		a[0] = 4
	}()
	m := map[string][3]byte{"k": a}
	a[0] = 5
	v := m["k"]
	v[1] = 9
	fmt.Println(m, v, a)
	s := struct {
		b [2]bool
		c [2]byte
	}{}
	s.b[1] = true
	t := s
	t.b[0] = true
	fmt.Println(s, t, s == t)
}
