// Tests: compile error: delete on a slice
package main

func main() {
	s := []int{1}
	delete(s, 0)
}
