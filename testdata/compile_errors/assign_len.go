// Tests: compile error: assigning to len(s)
package main

func main() {
	s := []int{1}
	len(s) = 3
}
