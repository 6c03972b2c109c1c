// Tests: syntax error: composite literal left open across lines
package main

func main() {
	x := []int{1, 2, 3
	println(x)
}
