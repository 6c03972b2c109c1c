// Tests: compile error: the ok value of a comma-ok var declaration is untyped bool, not assignable to int.
package main

import "fmt"

var m = map[string]int{}

func main() {
	var v, ok int = m["a"]
	fmt.Println(v, ok)
}
