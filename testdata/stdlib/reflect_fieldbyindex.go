// Tests: reflect.Type.FieldByIndex walks embedded structs and embedded struct pointers, and panics on a non-struct type
package main

import (
	"fmt"
	"reflect"
)

type Inner struct {
	X int `json:"x"`
	Y string
}

type Mid struct {
	*Inner
	Z bool
}

type Outer struct {
	A int
	Mid
}

func main() {
	t := reflect.TypeOf(Outer{})
	for _, idx := range [][]int{{0}, {1}, {1, 0}, {1, 1}, {1, 0, 0}, {1, 0, 1}} {
		f := t.FieldByIndex(idx)
		fmt.Println(idx, f.Name, f.Type, f.Tag, f.Index, f.Anonymous, f.Offset)
	}
	func() {
		defer func() { fmt.Println(recover()) }()
		reflect.TypeOf(3).FieldByIndex([]int{0})
	}()
	func() {
		defer func() { fmt.Println(recover()) }()
		t.FieldByIndex([]int{1, 1, 0})
	}()
}
