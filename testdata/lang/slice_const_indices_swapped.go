// Tests: constant slice indices out of order are a compile error at the smaller index (invalid slice indices: 1 < 2)
package main

func main() {
	var a [3]int
	s := a[:]
	_ = s[1:2]
	_ = s[2:1]
}
