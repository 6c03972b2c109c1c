// Tests: compile error: a function literal with a result and no return
package main

func main() {
	f := func() int {
		println("x")
	}
	f()
}
