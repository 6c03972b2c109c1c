// Tests: compile error: copy between slices of different element types.
package main

func main() {
	s := []int{1}
	t := []string{"a"}
	copy(s, t)
}
