// Tests: compile error: converting an int to bool
package main

func main() {
	n := 1
	_ = bool(n)
}
