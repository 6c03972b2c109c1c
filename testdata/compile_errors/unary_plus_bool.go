// Tests: compile error: unary plus on a boolean operand
package main

func main() {
	ready := true
	println(+ready)
}
