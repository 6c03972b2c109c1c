// Tests: compile error: an undefined type as a parameter type
package main

func show(u User) {}

func main() {
	show(nil)
}
