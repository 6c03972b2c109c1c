// Tests: compile error: an untyped constant overflowing byte passed as an argument
package main

func g(b byte) {}

func main() {
	g(300)
}
