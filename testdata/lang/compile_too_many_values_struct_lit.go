// Tests: compile error: too many values in struct literal.
package main

import "fmt"

type P struct{ X, Y int }

func main() {
	p := P{1, 2, 3}
	fmt.Println(p)
}
