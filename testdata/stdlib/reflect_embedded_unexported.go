// Tests: reflect: an exported field promoted from an unexported embedded struct is settable (flagEmbedRO is cleared by Field), an unexported field is not
package main

import (
	"fmt"
	"reflect"
)

type inner struct {
	A string
	b string
}

type Outer struct {
	inner
	C string
}

type PInner struct{ X string }
type pinner = PInner

type Outer2 struct {
	*inner
}

func main() {
	var o Outer
	v := reflect.ValueOf(&o).Elem()
	f := v.FieldByIndex([]int{0, 0})
	fmt.Println(f.CanSet(), v.Field(0).CanSet(), v.Field(0).Field(1).CanSet())
	f.SetString("x")
	g := v.Field(0).Field(0)
	fmt.Println(g.CanSet(), g.CanInterface())
	g.SetString("y")
	fmt.Println(o)
	var o2 Outer2
	o2.inner = &inner{}
	v2 := reflect.ValueOf(&o2).Elem()
	h := v2.Field(0).Elem().Field(0)
	fmt.Println(h.CanSet(), v2.Field(0).CanSet())
	h.SetString("z")
	fmt.Println(o2.A)
	defer func() { fmt.Println(recover()) }()
	v.Field(0).Field(1).SetString("q")
}
