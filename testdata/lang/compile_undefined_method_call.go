// Tests: compile error: calling an undefined method on a value.
package main

import "fmt"

type T struct{}

func (T) A() {}

func main() {
	var t T
	t.B()
	fmt.Println(t)
}
