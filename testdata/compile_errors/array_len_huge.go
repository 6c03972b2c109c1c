// Tests: compile error: an array length beyond int, described with its value
package main

var big [1 << 100]byte

func main() {
	println(len(big))
}
