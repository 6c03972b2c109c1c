// Tests: atomic.Value refuses a value of another type with Go's panic message
package main

import (
	"fmt"
	"sync/atomic"
)

func try(name string, f func()) {
	defer func() { fmt.Println(name+":", recover()) }()
	f()
}

func main() {
	var v atomic.Value
	v.Store(1)
	try("store", func() { v.Store("x") })
	try("swap", func() { v.Swap("x") })
	try("swap nil", func() { v.Swap(nil) })
	try("cas types", func() { v.CompareAndSwap(1, "x") })
	try("cas into", func() { v.CompareAndSwap("x", "y") })
	try("cas nil", func() { v.CompareAndSwap(1, nil) })
	var s atomic.Value
	s.Store([]int{1})
	try("cas uncomparable", func() { s.CompareAndSwap([]int{1}, []int{2}) })
	v.Store(2.5)
}
