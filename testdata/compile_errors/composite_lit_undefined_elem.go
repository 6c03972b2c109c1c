// Tests: compile error: the elements of a literal of an undefined element type add no error
package main

import "fmt"

func main() {
	d := []Item{{1, "a"}, {2, "b"}}
	fmt.Println(len(d), d[0].name)
}
