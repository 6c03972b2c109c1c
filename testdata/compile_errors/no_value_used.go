// Tests: compile error: a call without results used as a value
package main

func nothing() {}

func main() {
	x := nothing()
	_ = x
}
