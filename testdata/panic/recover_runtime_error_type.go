// Tests: recovered runtime errors implement runtime.Error and error.
package main

import (
	"fmt"
	"runtime"
)

func try(f func()) {
	defer func() {
		r := recover()
		re, ok := r.(runtime.Error)
		fmt.Printf("%T %v %v\n", r, ok, re)
	}()
	f()
}

func main() {
	var m map[string]int
	var p *struct{ x int }
	a := []int{1}
	i := 5
	try(func() { m["a"] = 1 })
	try(func() { _ = p.x })
	try(func() { _ = a[i] })
	try(func() { _ = a[1:i] })
	z := 0
	try(func() { _ = 1 / z })
}
