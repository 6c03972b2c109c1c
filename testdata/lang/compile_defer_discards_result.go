// Tests: compile error: defer of a builtin with a result discards it.
package main

func main() {
	s := []int{1}
	defer append(s, 2)
}
