// Tests: compile error: append with no arguments
package main

func main() {
	_ = append()
}
