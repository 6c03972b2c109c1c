// Tests: compile error: an untyped constant overflowing byte in a var declaration
package main

func main() {
	var b byte = 300
	println(b)
}
