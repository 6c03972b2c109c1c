// Tests: compile error: a var declaration without type or value
package main

func main() {
	var x
	_ = x
}
