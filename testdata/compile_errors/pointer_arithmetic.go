// Tests: compile error: adding to a pointer
package main

func main() {
	x := 1
	p := &x
	p = p + 1
}
