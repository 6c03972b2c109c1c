// Tests: arrays of numbers inside structs, arrays, maps, channels, closures, defers and interfaces keep value semantics; range evaluates a copy
package main

import "fmt"

type Vec struct {
	X [3]float64
	N [2]int
}

type Grid [3][4]int

func (g Grid) Sum() int {
	s := 0
	for _, row := range g {
		for _, v := range row {
			s += v
		}
	}
	return s
}

func (g *Grid) Set(i, j, v int) { g[i][j] = v }

func scale(v Vec, k float64) Vec {
	for i := range v.X {
		v.X[i] *= k
	}
	return v
}

func main() {
	v := Vec{X: [3]float64{1, 2, 3}, N: [2]int{4, 5}}
	w := scale(v, 2)
	fmt.Println(v, w, v == w, v == Vec{X: [3]float64{1, 2, 3}, N: [2]int{4, 5}})
	pv := &v
	pv.X[0] = -1
	px := &v.X
	px[2] = 9
	fmt.Println(v, *px)
	var g Grid
	g.Set(1, 2, 7)
	g[2][3] = 1
	h := g
	h[0][0] = 100
	fmt.Println(g, g.Sum(), h.Sum(), g == h)
	row := g[1]
	row[2] = 0
	fmt.Println(g[1], row)
	rp := &g[1]
	rp[0] = 3
	fmt.Println(g[1])
	m := map[string][2]int{}
	m["a"] = [2]int{1, 2}
	a := m["a"]
	a[0] = 10
	fmt.Println(m, a)
	keys := map[[2]int]int{}
	for i := 0; i < 3; i++ {
		keys[[2]int{i, i * i}]++
		keys[[2]int{0, 0}]++
	}
	fmt.Println(len(keys), keys[[2]int{0, 0}], keys[[2]int{2, 4}])
	fk := map[[2]float64]string{{0, 1}: "pos"}
	negz := [2]float64{0, 1}
	negz[0] = -negz[0]
	fmt.Println(fk[negz], len(fk))
	c := make(chan [3]int, 2)
	arr := [3]int{1, 2, 3}
	c <- arr
	arr[0] = 99
	c <- arr
	fmt.Println(<-c, <-c)
	f := func() int { return arr[0] }
	arr[0] = 5
	fmt.Println(f())
	defer func(d [3]int) { fmt.Println("deferred", d) }(arr)
	arr[1] = 55
	var boxed any = arr
	arr[2] = 77
	fmt.Println(boxed, arr, boxed == any([3]int{5, 55, 3}))
	xs := []any{[2]int{1, 2}, [2]float32{0.5, 1}, [2]uint8{1, 2}}
	for _, x := range xs {
		switch t := x.(type) {
		case [2]int:
			fmt.Println("ints", t[0]+t[1])
		case [2]float32:
			fmt.Println("floats", t[0]+t[1])
		default:
			fmt.Printf("%T %v\n", t, t)
		}
	}
	r := [4]int{1, 2, 3, 4}
	for i, x := range r {
		if i < 3 {
			r[i+1] = x * 10
		}
		fmt.Print(x, " ")
	}
	fmt.Println(r)
	r = [4]int{1, 2, 3, 4}
	for i, x := range &r {
		if i < 3 {
			r[i+1] = x * 10
		}
		fmt.Print(x, " ")
	}
	fmt.Println(r)
	var list [][2]int
	for i := 0; i < 3; i++ {
		list = append(list, [2]int{i, -i})
	}
	list[0][1] = 42
	fmt.Println(list)
	mat := make([][3]float64, 2)
	mat[1][2] = 1.5
	cp := make([][3]float64, 2)
	copy(cp, mat)
	cp[1][2] = 2.5
	fmt.Println(mat, cp)
	s := struct {
		A [2]int16
		B [2]uint32
	}{[2]int16{-1, 1}, [2]uint32{1, 2}}
	t := s
	t.A[0] = 7
	fmt.Printf("%v %+v %v\n", s, t, s == t)
	big := [64]int{63: 1}
	sl := big[60:]
	sl = append(sl, 2)
	sl[0] = 5
	fmt.Println(big[60:], sl, len(sl), cap(sl))
}
