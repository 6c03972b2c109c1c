// Tests: compile error: a string's element is a byte value (not a variable).
package main

import "fmt"

func main() {
	s := "abc"
	var x string = s[1]
	fmt.Println(x)
}
