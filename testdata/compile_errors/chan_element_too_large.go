// Tests: compile error: a channel whose element is 64 KiB or more, in a package variable and in local variables
package main

type Big [70000]byte

var g chan Big

func main() {
	var d chan Big
	_ = d
	x := make(chan [80000]byte, 1)
	_ = x
	y := make(chan [65535]byte)
	_ = y
}
