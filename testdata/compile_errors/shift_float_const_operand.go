// Tests: compile error: shifting a non-integer float constant
package main

func main() {
	_ = 1.5 << 2
}
