// Tests: a recovered runtime error is a runtime.Error whose message starts with "runtime error:".
package main

import (
	"fmt"
	"runtime"
)

func try(f func()) {
	defer func() {
		r := recover()
		_, isRT := r.(runtime.Error)
		fmt.Printf("%v | %T | %v\n", r, r, isRT)
	}()
	f()
}

func main() {
	s := []int{1, 2, 3}
	i := 5
	try(func() { _ = s[i] })
	var m map[string]int
	try(func() { m["a"] = 1 })
	var p *struct{ x int }
	try(func() { _ = p.x })
}
