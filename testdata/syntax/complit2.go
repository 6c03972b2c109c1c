// Tests: syntax error: missing comma between composite literal elements
package main

func main() {
	x := [3]int{1 2}
}
