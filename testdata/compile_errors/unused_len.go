// Tests: compile error: len(s) as a statement
package main

func main() {
	s := []int{}
	len(s)
}
