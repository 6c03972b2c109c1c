// Tests: compile error: len of an int
package main

func main() {
	n := 10
	_ = len(n)
}
