// Tests: syntax error: binary operator without a right operand
package main

func main() {
	x := 1 +
}
