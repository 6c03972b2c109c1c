// Tests: compile error: arithmetic on an untyped bool constant and an untyped int constant
package main

const on = true

func main() {
	println(on + 1)
}
