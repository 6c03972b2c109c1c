// Tests: %v of a struct holding a pointer prints the pointer only at top level as &{}.
package main

import "fmt"

type Leaf struct{ V int }
type Tree struct {
	Name  string
	Kids  []Leaf
	Attrs map[string]Leaf
}

func main() {
	t := &Tree{"root", []Leaf{{1}, {2}}, map[string]Leaf{"b": {3}, "a": {4}}}
	fmt.Println(t)
	fmt.Printf("%+v\n", t)
	fmt.Printf("%#v\n", t.Kids)
	fmt.Println([]*Tree{nil}[0])
}
