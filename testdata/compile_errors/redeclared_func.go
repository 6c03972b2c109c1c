// Tests: compile error: a function declared twice
package main

func helper() {}

func helper() {}

func main() {
	helper()
}
