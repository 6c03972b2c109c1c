// Tests: compile error: three unused variables, all reported
package main

func main() {
	a := 1
	b := 2
	c := 3
}
