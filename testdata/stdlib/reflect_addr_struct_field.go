// Tests: reflect: Addr of a struct-typed field or array element is the pointer the program's &s.f gives, so methods called through it change the variable
package main

import (
	"fmt"
	"reflect"
)

type U interface{ Un(string) error }

type MyAttr struct{ attr string }

func (m *MyAttr) Un(s string) error { m.attr = s; return nil }

type S struct {
	N     int
	Attr2 MyAttr
	Arr   [2]MyAttr
	Bs    [3]byte
}

func main() {
	var s S
	v := reflect.ValueOf(&s).Elem()
	pv := v.Field(1).Addr()
	p := pv.Interface().(*MyAttr)
	fmt.Println(p == &s.Attr2)
	p.attr = "direct"
	fmt.Println(s.Attr2.attr)
	u, ok := reflect.TypeAssert[U](pv)
	fmt.Println(ok, u.Un("x"), s.Attr2.attr)

	e := v.Field(2).Index(1).Addr().Interface().(*MyAttr)
	fmt.Println(e == &s.Arr[1], e.Un("elem"), s.Arr)

	sl := []MyAttr{{}, {}}
	q := reflect.ValueOf(sl).Index(0).Addr().Interface().(U)
	fmt.Println(q.Un("slice"), sl)

	b := v.Field(3).Addr().Interface().(*[3]byte)
	b[1] = 7
	fmt.Println(b == &s.Bs, s.Bs)
	n := v.Field(0).Addr().Interface().(*int)
	*n = 5
	fmt.Println(s.N)
}
