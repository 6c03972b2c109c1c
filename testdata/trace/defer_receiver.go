// Tests: a deferred method value keeps a copy of a value receiver and the pointer of a pointer receiver, both evaluated at the defer statement
// @trace-plain
package main

import "fmt"

type T struct{ name string }

func (t T) M(n int)  { fmt.Println(t.name, n) }
func (t *T) P(n int) { fmt.Println(t.name, n) }

func main() {
	t := T{"a"}
	defer t.M(1)
	defer t.P(2)
	f := t.M
	defer f(3)
	t.name = "b"
	fmt.Println("body")
}
