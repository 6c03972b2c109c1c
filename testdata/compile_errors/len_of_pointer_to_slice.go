// Tests: compile error: len of a pointer to a slice
package main

func main() {
	s := []int{1}
	p := &s
	_ = len(p)
}
