// Tests: assigning a whole struct or array value overwrites the variable's storage in place: pointers to its fields and nested elements see the new value; the source stays independent.
package main

import "fmt"

type In struct{ A, B int }

type Out struct {
	I   In
	N   int
	Arr [2]In
	S   string
}

func (o Out) With(n int) Out { o.N = n; o.I.A += n; return o }

func main() {
	o := Out{I: In{1, 2}, N: 3, Arr: [2]In{{4, 5}, {6, 7}}, S: "x"}
	p := &o.I
	q := &o.Arr[1]
	r := &o.Arr[1].B
	src := Out{I: In{10, 20}, N: 30, Arr: [2]In{{40, 50}, {60, 70}}, S: "y"}
	o = src
	fmt.Println(*p, *q, *r, o)
	src.I.A = 99
	src.Arr[1].B = 98
	fmt.Println(*p, *q, o.I, src.I, src.Arr)
	o = o.With(5)
	fmt.Println(*p, o.N, o.I)
	ptr := &o
	*ptr = Out{N: 1}
	fmt.Println(*p, *q, o)
	arr := [3]In{{1, 1}, {2, 2}, {3, 3}}
	e := &arr[2]
	arr = [3]In{{7, 7}, {8, 8}, {9, 9}}
	fmt.Println(*e, arr)
	arr[0] = arr[2]
	arr[2].A = 0
	fmt.Println(arr, *e)
	pts := []Out{{N: 1}, {N: 2}}
	f := &pts[0].I
	pts[0] = pts[1].With(3)
	fmt.Println(*f, pts[0].N, pts[1].N)
}
