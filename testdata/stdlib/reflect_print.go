// Tests: fmt prints a reflect.Value as the value it holds (Stringer methods included), the zero Value as <invalid reflect.Value>, and %T as reflect.Value
package main

import (
	"fmt"
	"reflect"
)

type P struct{ X, Y int }

type S string

func (s S) String() string { return "S(" + string(s) + ")" }

func main() {
	v := reflect.ValueOf(P{1, 2})
	fmt.Println(v, v.Field(1), reflect.ValueOf(S("x")), reflect.ValueOf(nil))
	fmt.Printf("%v %+v %d %T %s\n", v, v, v.Field(0), v, reflect.ValueOf("str"))
	var e error
	fmt.Println(reflect.ValueOf(&e).Elem(), reflect.ValueOf([]int{1, 2}), reflect.ValueOf(map[string]int{"k": 1}))
	fmt.Println(v.Kind(), v.Type(), reflect.TypeOf(v))
	types := []any{1, "s", 2.5, []byte("b"), [2]bool{}, map[int]string{}, make(chan int), func() {}, &P{}, P{}, struct{}{}, S(""), uint8(1), complex64(1)}
	for _, x := range types {
		t := reflect.TypeOf(x)
		fmt.Printf("%v|%s|%q|%v|%v\n", t, t.Kind(), t.Name(), t.Size(), t.Comparable())
	}
}
