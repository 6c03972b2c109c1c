// Tests: a value method that changes its receiver works on a copy, also when
// called through an interface or a method value: the interface's value and
// the bound receiver stay as they were.
package main

import "fmt"

type C struct{ n int }

func (c C) Inc() int { c.n++; return c.n }

type I interface{ Inc() int }

func main() {
	var i I = C{1}
	fmt.Println(i.Inc(), i.Inc(), i)
	f := i.Inc
	fmt.Println(f(), f(), i)
	c := C{5}
	g := c.Inc
	fmt.Println(g(), g(), c.Inc(), c)
}
