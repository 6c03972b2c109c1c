// Tests: a comparison of a pointer with an untyped constant is reported at its second operand
package main

func main() {
	var x *int
	_ = 0 < x
}
