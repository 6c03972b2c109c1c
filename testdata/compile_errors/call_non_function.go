// Tests: compile error: calling a variable of type int
package main

func main() {
	x := 5
	x()
}
