// Tests: printing structs with multiple levels of embedding.
package main

import "fmt"

type A struct{ X int }
type B struct {
	A
	Y string
}
type C struct {
	*B
	Z bool
}

func main() {
	c := C{&B{A{1}, "y"}, true}
	fmt.Println(c.X, c.Y, c.Z, c.A)
	fmt.Printf("%v %+v\n", *c.B, *c.B)
	b := B{A{2}, "w"}
	fmt.Printf("%#v\n", b)
}
