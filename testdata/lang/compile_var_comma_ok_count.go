// Tests: compile error: three variables from a comma-ok map index, reported at the value.
package main

import "fmt"

var m = map[string]int{}

func main() {
	var x, y, z = m["a"]
	fmt.Println(x, y, z)
}
