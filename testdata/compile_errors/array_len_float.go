// Tests: compile error: a fractional array length
package main

var buf [2.5]byte

func main() {
	println(len(buf))
}
