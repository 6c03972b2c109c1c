// Tests: compile error: a duplicate index in an array literal
package main

func main() {
	_ = [3]int{0: 1, 1: 2, 0: 3}
}
