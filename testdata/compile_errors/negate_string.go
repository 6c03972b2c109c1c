// Tests: compile error: unary minus on a string
package main

func main() {
	s := "x"
	_ = -s
}
