// Tests: reflect Value.Call's argument checks panic with Go's messages
package main

import (
	"fmt"
	"reflect"
)

func add(a, b int) int { return a + b }
func vf(s string, xs ...int) int { return len(xs) }

type T struct{ f func() }

func try(name string, f func()) {
	defer func() { fmt.Println(name+":", recover()) }()
	f()
}

func main() {
	fv := reflect.ValueOf(add)
	try("few", func() { fv.Call([]reflect.Value{reflect.ValueOf(1)}) })
	try("many", func() { fv.Call([]reflect.Value{reflect.ValueOf(1), reflect.ValueOf(2), reflect.ValueOf(3)}) })
	try("type", func() { fv.Call([]reflect.Value{reflect.ValueOf(1), reflect.ValueOf("x")}) })
	try("zero", func() { fv.Call([]reflect.Value{reflect.ValueOf(1), {}}) })
	try("nonfunc", func() { reflect.ValueOf(3).Call(nil) })
	try("zerovalue", func() { reflect.Value{}.Call(nil) })
	try("slice-nonvariadic", func() { fv.CallSlice([]reflect.Value{reflect.ValueOf(1), reflect.ValueOf(2)}) })
	v := reflect.ValueOf(vf)
	try("variadic-elem", func() { v.Call([]reflect.Value{reflect.ValueOf("s"), reflect.ValueOf(1), reflect.ValueOf("no")}) })
	try("slice-few", func() { v.CallSlice([]reflect.Value{reflect.ValueOf("s")}) })
	var nf func()
	try("nil", func() { reflect.ValueOf(nf).Call(nil) })
	try("method-range", func() { reflect.ValueOf(3).Method(0) })
	try("unexported", func() { reflect.ValueOf(T{func() {}}).Field(0).Call(nil) })
	try("method-of-method", func() { reflect.ValueOf(fmt.Errorf("x")).Method(0).Method(0) })
	var e error
	try("nil-iface", func() { reflect.ValueOf(&e).Elem().Method(0) })
	fmt.Println(reflect.ValueOf(fmt.Errorf("x")).Method(0).NumMethod())
	reflect.ValueOf(add).Call([]reflect.Value{reflect.ValueOf(int64(1)), reflect.ValueOf(2)})
}
