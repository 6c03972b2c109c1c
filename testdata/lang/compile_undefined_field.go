// Tests: compile error: undefined field or method on a struct.
package main

import "fmt"

type T struct{ A int }

func main() {
	t := T{}
	fmt.Println(t.B)
}
