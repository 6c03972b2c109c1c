// Tests: compile error: a conversion without an argument
package main

func main() {
	_ = int()
}
