// Tests: compile error: too many elements in an array literal
package main

func main() {
	_ = [2]int{1, 2, 3}
}
