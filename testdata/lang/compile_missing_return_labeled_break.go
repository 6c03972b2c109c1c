// Tests: compile error: a for without condition is not terminating when a nested break L leaves it.
package main

func f() int {
L:
	for {
		for {
			break L
		}
	}
}

func main() {
	f()
}
