// Tests: compile error: a negative array length
package main

func main() {
	var a [-1]int
	_ = a
}
