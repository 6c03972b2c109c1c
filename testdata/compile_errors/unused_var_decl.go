// Tests: compile error: a var declaration never used
package main

func main() {
	var total int
}
