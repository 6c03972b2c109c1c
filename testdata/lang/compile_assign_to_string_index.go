// Tests: compile error: cannot assign to a string index (immutable strings).
package main

import "fmt"

func main() {
	s := "abc"
	s[0] = 'x'
	fmt.Println(s)
}
