// Tests: compile error: undefined variable
package main

func main() {
	println(total)
}
