// Tests: compile error: += of an int to a string
package main

func main() {
	s := "a"
	s += 1
}
