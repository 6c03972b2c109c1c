// Tests: an untyped constant index, make size or slice bound past int's range "overflows int" (types2's isValidIndex), also when negative
package main

func main() {
	_ = make([]int, -1<<63-1)
	var a []int
	_ = a[-1<<64]
	_ = a[1<<64:]
	s := "abc"
	_ = s[1<<70]
	_ = make([]int, 1<<63)
}
