// Tests: compile error: assigning to a function call
package main

func f() int { return 1 }

func main() {
	f() = 2
}
