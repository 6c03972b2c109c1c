// Tests: taking the address of an element of a nil slice is an index out of range with length 0 (recovered, then unrecovered in a generic method); of an element through a nil array pointer, a nil dereference
package main

import "fmt"

type A[T interface{ []int | [5]int }] struct {
	val T
}

func (a A[T]) F() {
	_ = &a.val[2]
}

func try(f func()) {
	defer func() { fmt.Println(recover()) }()
	f()
}

func main() {
	var s []int
	var p *[3]int
	i := 1
	try(func() { _ = &s[i] })
	try(func() { _ = &p[i] })
	try(func() { _ = p[i] })
	var y A[[5]int]
	y.F()
	var x A[[]int]
	x.F()
}
