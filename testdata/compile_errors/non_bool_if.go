// Tests: compile error: if condition of type int
package main

func main() {
	x := 1
	if x {
		println("yes")
	}
}
