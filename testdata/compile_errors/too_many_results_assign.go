// Tests: compile error: assigning one call result to three variables
package main

func f() (int, int) { return 1, 2 }

func main() {
	a, b, c := f()
	_, _, _ = a, b, c
}
