// Tests: syntax error: composite literal left open at the end of a block
package main

func main() {
	x := struct{a int}{a: 1,
}
