// Tests: compile error: an interface with a method listed twice
package main

type I interface {
	M()
	M()
}

func main() {
}
