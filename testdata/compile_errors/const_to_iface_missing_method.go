// Tests: compile error: an untyped constant assigned to an interface its default type does not implement
package main

import "fmt"

func main() {
	var s fmt.Stringer
	s = 42
	fmt.Println(s)
}
