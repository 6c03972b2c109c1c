// Tests: compile error: assigning a string constant to an int variable
package main

func main() {
	var n int
	n = "5"
	_ = n
}
