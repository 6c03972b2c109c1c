// Tests: an error about a slice expression operand is reported at its '[' (the syntax package's position of a SliceExpr)
package main

func main() {
	var z2 [3]int
	c := string(z2[0:])
	println(c)
}
