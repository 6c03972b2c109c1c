// Tests: len and cap on strings, arrays, slices, maps, channels, pointers to arrays.
package main

import "fmt"

func main() {
	var arr [5]int
	p := &arr
	s := arr[1:3]
	ch := make(chan int, 4)
	ch <- 1
	m := map[int]int{1: 1, 2: 2}
	fmt.Println(len("héllo"), len(arr), cap(arr), len(p), cap(p))
	fmt.Println(len(s), cap(s), len(ch), cap(ch), len(m))
	var nc chan int
	var ns []int
	fmt.Println(len(nc), cap(nc), len(ns), cap(ns))
	const c = len("abc")
	fmt.Println(c)
}
