// Tests: compile error: a shift by a non-integer constant
package main

func main() {
	x := 1
	_ = x << 1.5
}
