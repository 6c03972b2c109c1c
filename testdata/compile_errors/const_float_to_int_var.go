// Tests: compile error: 1e100 assigned to an int variable
package main

func main() {
	var n int = 1e100
	_ = n
}
