// Tests: < on bool operands: the comparison names the type
package main

func main() {
	x, y := true, false
	_ = x < y
}
