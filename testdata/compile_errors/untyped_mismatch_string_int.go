// Tests: compile error: adding an untyped string constant and an untyped int constant
package main

func main() {
	s := "a" + 1
	println(s)
}
