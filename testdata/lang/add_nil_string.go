// Tests: nil as an arithmetic operand with a string: mismatched types string and untyped nil, at the expression
package main

func main() {
	s := "a"
	println(s + nil)
}
