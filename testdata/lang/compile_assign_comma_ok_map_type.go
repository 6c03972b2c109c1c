// Tests: compile error: a map index in a comma-ok assignment is checked against its target's type.
package main

import "fmt"

func main() {
	m := map[int]int{}
	var s string
	var ok bool
	s, ok = m[1]
	fmt.Println(s, ok)
}
