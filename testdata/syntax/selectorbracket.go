// Tests: syntax error: selector followed by a bracket
package main

func main() {
	var a [3]int
	a.[0] = 1
}
