// Tests: compile error: var x = nil
package main

func main() {
	var x = nil
	_ = x
}
