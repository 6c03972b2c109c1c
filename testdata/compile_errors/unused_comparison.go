// Tests: compile error: a comparison as a statement
package main

func main() {
	x := 1
	x == 1
}
