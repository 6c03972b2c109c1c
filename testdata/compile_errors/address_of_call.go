// Tests: compile error: taking the address of a call result
package main

func f() int { return 1 }

func main() {
	_ = &f()
}
