// Tests: compile error: comparing an untyped string constant with an untyped int constant
package main

func main() {
	println("a" == 1)
}
