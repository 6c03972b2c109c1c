// Tests: compile error: a local variable redeclaring a parameter
package main

func f(n int) int {
	var n int
	return n
}

func main() {
	f(1)
}
