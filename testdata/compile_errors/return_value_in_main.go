// Tests: compile error: return with a value in main
package main

func main() {
	return 1
}
