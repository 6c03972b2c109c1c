// Tests: nil compared with an array value: mismatched types untyped nil and [2]int, at the array operand
package main

func main() {
	var a [2]int
	if nil != a {
		println("?")
	}
}
