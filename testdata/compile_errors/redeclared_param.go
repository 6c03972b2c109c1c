// Tests: compile error: a parameter declared twice
package main

func f(a int, a string) {}

func main() {
	f(1, "")
}
