// Tests: compile error: a 3-index slice of a string
package main

func main() {
	s := "hello"
	_ = s[1:2:3]
}
