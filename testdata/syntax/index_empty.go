// Tests: empty brackets in an index expression: gc wants an operand
package main

func main() {
	var a []int
	_ = a[]
}
