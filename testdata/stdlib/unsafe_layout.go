// Tests: unsafe.Sizeof/Alignof/Offsetof are uintptr constants with gc's amd64 layout; unsafe.Pointer round-trips a pointer
package main

import (
	"fmt"
	"unsafe"
)

type T struct {
	a bool
	b int64
	c int16
	d string
	e []int
	f map[string]int
	g interface{}
	h [3]int32
	i complex128
	Inner
}

type Inner struct {
	x byte
	y float32
}

const sz = unsafe.Sizeof(T{})

func main() {
	var t T
	fmt.Println(unsafe.Sizeof(t), unsafe.Alignof(t.c), unsafe.Offsetof(t.c))
	fmt.Println(unsafe.Offsetof(t.d), unsafe.Offsetof(t.e), unsafe.Offsetof(t.g), unsafe.Offsetof(t.h), unsafe.Offsetof(t.i), unsafe.Offsetof(t.y))
	fmt.Println(sz, unsafe.Sizeof(int32(0)), unsafe.Sizeof(""), unsafe.Sizeof(1), unsafe.Sizeof(1.5), unsafe.Sizeof(struct{}{}))
	fmt.Printf("%T\n", unsafe.Sizeof(t))
	p := &t.b
	up := unsafe.Pointer(p)
	q := (*int64)(up)
	*q = 42
	fmt.Println(t.b, up != nil)
	var x struct {
		a byte
		b int32
		c byte
	}
	fmt.Println(unsafe.Sizeof(x), unsafe.Alignof(x), unsafe.Sizeof(&x), unsafe.Sizeof([0]int{}))
}
