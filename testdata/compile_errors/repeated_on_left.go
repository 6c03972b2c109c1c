// Tests: compile error: := with the same name twice on its left
package main

func main() {
	a, a := 1, 2
	_ = a
}
