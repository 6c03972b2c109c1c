package main

import (
	"fmt"
	"unsafe"
)

// gc pads a non-empty struct that ends in a zero-sized field by one byte
// (then to its alignment), so the field's address stays in the object.

type A struct {
	a byte
	b [0]int
}
type B struct {
	b [0]int
	a byte
}
type C struct {
	x int32
	y struct{}
}
type D struct {
	x int64
	e struct{}
}
type E struct {
	s []A
	c C
	z [0]byte
}

func main() {
	fmt.Println(unsafe.Sizeof(A{}), unsafe.Sizeof(B{}), unsafe.Sizeof(C{}), unsafe.Sizeof(D{}), unsafe.Sizeof(E{}))
	fmt.Println(unsafe.Offsetof(C{}.y), unsafe.Offsetof(E{}.z), unsafe.Alignof(E{}.c))
	var arr [3]C
	fmt.Println(unsafe.Sizeof(arr), unsafe.Sizeof(struct{ a, b struct{} }{}), unsafe.Sizeof(struct{}{}))
	var s []A
	for i := 0; i < 10; i++ {
		s = append(s, A{})
		fmt.Print(cap(s), " ")
	}
	fmt.Println()
}
