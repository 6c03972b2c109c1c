// Tests: compile error: converting []int to string
package main

func main() {
	s := []int{65}
	_ = string(s)
}
