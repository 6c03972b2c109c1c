// Tests: compile error: comparing two maps
package main

func main() {
	a := map[int]int{}
	b := map[int]int{}
	_ = a == b
}
