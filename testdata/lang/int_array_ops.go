// Tests: arrays of numbers (stored unboxed at their Go size): index, assign, copies on assignment, pass and return, slices and pointers alias them, append and copy between them and made slices, ==, map keys, range, conversions
package main

import (
	"fmt"
	"reflect"
	"sort"
)

type P struct {
	Name string
	V    [3]int
	F    [2]float32
}

func sum(a [4]int) int {
	a[0] = 100
	s := 0
	for _, v := range a {
		s += v
	}
	return s
}

func mk() [3]int8 { return [3]int8{-1, 127, -128} }

func main() {
	var a [4]int
	a[1] = 5
	a[3] = -7
	b := a
	b[0] = 9
	fmt.Println(a, b, a == b, len(a), cap(a))
	fmt.Println(sum(a), a)
	s := a[:]
	s[2] = 42
	fmt.Println(a, s, len(s), cap(s))
	s = append(s[:2], 1, 2, 3)
	fmt.Println(a, s, len(s), cap(s))
	p := &a[1]
	*p += 10
	fmt.Println(a, *p)
	var u [3]uint8
	u[0] = 255
	u[0]++
	fmt.Println(u)
	var u64 [2]uint64
	u64[0] = 1<<64 - 1
	u64[1] = u64[0] / 3
	fmt.Println(u64, u64[0] > u64[1])
	var u32 [2]uint32
	u32[0] = 1<<32 - 1
	fmt.Println(u32, uint64(u32[0])+1)
	fmt.Println(mk())
	var i16 [2]int16
	i16[0] = -32768
	i16[1] = i16[0] - 1
	fmt.Println(i16)
	var f [3]float64
	f[0] = 1.5
	f[1] = -0.0
	fmt.Println(f, f == [3]float64{1.5, 0, 0})
	var f32 [2]float32
	f32[0] = 0.1
	fmt.Println(f32, float64(f32[0]), f32[0]*3)
	var c [2]complex128
	c[0] = 1 + 2i
	var c64 [1]complex64
	c64[0] = complex(0.1, 0.2)
	fmt.Println(c, c64)
	m := map[[2]int]string{}
	m[[2]int{1, 2}] = "a"
	k := [2]int{1, 2}
	m[k] = "b"
	k[1] = 3
	m[k] = "c"
	fmt.Println(len(m), m[[2]int{1, 2}], m[[2]int{1, 3}])
	var pp P
	pp.V[1] = 8
	pp.F[0] = 2.5
	q := pp
	q.V[1] = 9
	fmt.Println(pp, q)
	fmt.Printf("%v %d %x %T %+v\n", a, a, a, a, pp)
	fmt.Printf("%#v\n", pp)
	var g [2][3]int
	g[1][2] = 6
	h := g
	h[0][0] = 1
	fmt.Println(g, h, g == h)
	row := &g[1]
	row[0] = 4
	fmt.Println(g)
	x := [5]int{5, 2, 4, 1, 3}
	sort.Ints(x[:])
	fmt.Println(x)
	v := reflect.ValueOf(x)
	fmt.Println(v.Kind(), v.Len(), v.Index(2).Int(), v.Type())
	rp := reflect.ValueOf(&x).Elem()
	rp.Index(0).SetInt(77)
	fmt.Println(x)
	var nan [1]float64
	nan[0] = 0
	nan[0] = nan[0] / nan[0]
	fmt.Println(nan == nan)
	fm := map[[1]float64]int{}
	fm[nan] = 1
	fm[nan] = 2
	fmt.Println(len(fm))
	z := [2]float64{0, 1}
	nz := [2]float64{-0.0, 1}
	nz[0] = -nz[0] * 0
	fmt.Println(z == nz)
	ci := copy(x[1:], []int{8, 9})
	fmt.Println(ci, x)
	sl := make([]int, 3)
	copy(sl, x[:])
	fmt.Println(sl)
	sl = append(sl, x[:2]...)
	fmt.Println(sl)
	xs := append(x[:0:0], sl...)
	fmt.Println(xs, len(xs), cap(xs))
	var ia interface{} = x
	y, ok := ia.([5]int)
	fmt.Println(y, ok, ia == interface{}(x))
	for i := range x {
		x[i] *= 2
	}
	fmt.Println(x)
	arr := [...]int{3: 1, 1: 2}
	fmt.Println(arr, len(arr))
	var uptr [1]uintptr
	uptr[0] = 12
	fmt.Println(uptr)
	arr2 := [4]int(sl[:4])
	fmt.Println(arr2, arr2 == [4]int{7, 8, 9, 7})
	ap := (*[2]int)(x[1:])
	ap[0] = 1000
	fmt.Println(x, *ap)
	clear(x[:])
	fmt.Println(x)
}
