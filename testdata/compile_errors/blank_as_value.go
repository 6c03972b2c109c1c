// Tests: compile error: _ used as a value
package main

func main() {
	x := _
	_ = x
}
