// Tests: compile error: copy from a multi-value call whose first result is not a slice.
package main

func f() (int, int) { return 1, 2 }

func main() {
	copy(f())
}
