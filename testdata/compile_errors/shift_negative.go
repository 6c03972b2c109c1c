// Tests: compile error: a shift by a negative constant
package main

func main() {
	x := 1
	_ = x << -1
}
