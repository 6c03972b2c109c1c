// Tests: comparing a value of a type without nil to nil is a mismatch reported at the second operand
package main

func atom(s string) bool {
	return s == nil
}

func main() {
	println(atom("x"))
}
