// Tests: compile error: assignment to a constant
package main

const limit = 3

func main() {
	limit = 4
}
