// Tests: compile error: a string constant assigned to an int variable
package main

func main() {
	var n int
	n = "5"
	println(n)
}
