// Tests: compile error describes a map element as a map index expression of type byte.
package main

import "fmt"

func main() {
	m := map[rune]byte{'a': 1}
	var n int = m['a']
	fmt.Println(n)
}
