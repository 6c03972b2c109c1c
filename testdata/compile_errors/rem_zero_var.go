// Tests: compile error: remainder of a variable by constant zero
package main

func main() {
	n := 10
	_ = n % 0
}
