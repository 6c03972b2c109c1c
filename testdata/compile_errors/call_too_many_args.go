// Tests: compile error: too many arguments: gc's have (...) want (...) lines
package main

func add(a, b int) int { return a + b }

func main() {
	println(add(1, 2, 3))
}
