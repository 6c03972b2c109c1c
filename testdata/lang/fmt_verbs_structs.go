// Tests: %v %+v %#v %T for structs, pointers, slices, nested values and nil.
package main

import "fmt"

type Inner struct{ X int }
type Outer struct {
	Name string
	In   Inner
	L    []Inner
	M    map[string]int
	E    error
	A    any
}

func main() {
	o := Outer{Name: "n", In: Inner{1}, L: []Inner{{3}}, M: map[string]int{"k": 1}, A: 5}
	fmt.Printf("%v\n", o)
	fmt.Printf("%+v\n", o)
	fmt.Printf("%T %T %T\n", o, &o, o.L)
	fmt.Printf("%#v\n", Inner{7})
	fmt.Printf("%#v %#v\n", []string{"a"}, map[string]bool{"t": true})
	fmt.Printf("%v %+v\n", &o.In, []*int(nil))
	fmt.Printf("%v %d\n", nil, nil)
}
