// Tests: compile error: passing an int variable for a string parameter
package main

func greet(name string) {}

func main() {
	id := 42
	greet(id)
}
