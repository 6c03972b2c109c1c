// Tests: compile error: ... with a builtin other than append.
package main

func main() {
	s := []int{1}
	defer print(s...)
}
