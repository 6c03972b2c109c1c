// Tests: compile error: go with a builtin that is not a statement
package main

func main() {
	s := []int{}
	go len(s)
}
