// Tests: compile error: a local variable used as a type
package main

func main() {
	x := 1
	var y x
	_ = y
}
