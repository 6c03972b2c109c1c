// Tests: arithmetic between an interface operand and an untyped constant is a type mismatch (a comparison is allowed)
package main

import "fmt"

func main() {
	var i interface{} = 1
	var e error
	fmt.Println(i == 1, e == nil)
	j := i + 1
	k := 2 * i
	_, _ = j, k
}
