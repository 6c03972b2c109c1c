// Tests: compile error: an array length that is a variable
package main

func main() {
	n := 3
	var a [n]int
	_ = a
}
