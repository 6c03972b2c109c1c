// Tests: compile error: a conversion with two arguments
package main

func main() {
	_ = int(1, 2)
}
