// Tests: a struct field with an empty tag ("" or ``) and one without a tag make identical struct types (assignable, equal reflect types).
package main

import (
	"fmt"
	"reflect"
)

func main() {
	a := &struct{ x int }{}
	b := &struct {
		x int ""
	}{x: 4}
	c := struct {
		y string ``
	}{"s"}
	a = b
	var d struct{ y string } = c
	fmt.Println(a.x, d.y, reflect.TypeOf(a) == reflect.TypeOf(b), reflect.TypeOf(c))
	fmt.Printf("%T %+v\n", b, *b)
}
