// Tests: compile error: returning a string from a function returning int
package main

func f() int {
	return "one"
}

func main() {
	f()
}
