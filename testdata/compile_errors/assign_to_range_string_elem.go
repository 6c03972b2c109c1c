// Tests: compile error: assigning to a string index in a loop
package main

func main() {
	s := "abc"
	for i := range s {
		s[i] = 'x'
	}
}
