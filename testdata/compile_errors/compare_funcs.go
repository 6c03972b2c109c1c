// Tests: compile error: comparing two functions
package main

func f() {}
func g() {}

func main() {
	_ = f == g
}
