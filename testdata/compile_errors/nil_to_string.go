// Tests: compile error: nil assigned to a string variable
package main

func main() {
	var s string = nil
	println(s)
}
