// Tests: compile error: use of untyped nil in assignment.
package main

import "fmt"

func main() {
	x := nil
	fmt.Println(x)
}
