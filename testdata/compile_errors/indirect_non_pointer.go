// Tests: compile error: dereferencing an int
package main

func main() {
	n := 5
	_ = *n
}
