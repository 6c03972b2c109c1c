// Tests: reflect.Value.Slice and Slice3 of an addressable array (ints, bytes, strings, structs) share the array's elements; of an unaddressable array they panic with Go's message.
package main

import (
	"fmt"
	"reflect"
)

type P struct{ X, Y int }

func main() {
	a := [5]int{1, 2, 3, 4, 5}
	v := reflect.ValueOf(&a).Elem()
	s := v.Slice(1, 3)
	fmt.Println(s.Interface(), s.Len(), s.Cap(), s.Type())
	s.Index(0).SetInt(20)
	fmt.Println(a)

	b := [4]byte{'g', 'o', '!', '?'}
	bs := reflect.ValueOf(&b).Elem().Slice(0, 2)
	bs.Index(1).SetUint('O')
	fmt.Printf("%s %v %d\n", bs.Bytes(), b, bs.Cap())

	c := [3]string{"x", "y", "z"}
	fmt.Println(reflect.ValueOf(&c).Elem().Slice3(0, 1, 2).Interface())

	ps := [2]P{{1, 2}, {3, 4}}
	pv := reflect.ValueOf(&ps).Elem().Slice(1, 2)
	pv.Index(0).Field(0).SetInt(30)
	fmt.Println(ps, pv.Type())

	defer func() { fmt.Println(recover()) }()
	reflect.ValueOf(a).Slice(0, 1)
}
