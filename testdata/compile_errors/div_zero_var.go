// Tests: compile error: integer division of a variable by constant zero
package main

func main() {
	n := 10
	_ = n / 0
}
