// Tests: compile error: taking the address of a constant
package main

func main() {
	p := &42
	_ = p
}
