// Tests: compile error: indexing an int
package main

func main() {
	n := 5
	_ = n[0]
}
