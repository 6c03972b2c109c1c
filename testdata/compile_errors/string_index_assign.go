// Tests: compile error: assignment to a byte of a string
package main

func main() {
	s := "abc"
	s[0] = 'x'
	println(s)
}
