// Tests: compile error: append's result not used: a statement that is only a call to append
package main

func main() {
	xs := []int{}
	append(xs, 1)
	_ = xs
}
