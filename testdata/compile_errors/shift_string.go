// Tests: compile error: shifting a string
package main

func main() {
	s := "a"
	_ = s << 1
}
