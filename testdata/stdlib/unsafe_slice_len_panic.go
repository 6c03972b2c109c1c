// Tests: an unrecovered unsafe.Slice len panic exits 2 with Go's message and the caller's frame
package main

import "unsafe"

func main() {
	a := [3]int{1, 2, 3}
	n := -1
	_ = unsafe.Slice(&a[0], n)
}
