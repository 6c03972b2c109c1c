// Tests: a panic in the fn of a reflect.MakeFunc func value shows fn's frame and its caller's, not reflect's callReflect or makeFuncStub
package main

import (
	"fmt"
	"reflect"
)

func main() {
	var f func(string) int
	fv := reflect.MakeFunc(reflect.TypeOf(f), func(in []reflect.Value) []reflect.Value {
		if in[0].String() == "boom" {
			panic("boom!")
		}
		return []reflect.Value{reflect.ValueOf(len(in[0].String()))}
	})
	reflect.ValueOf(&f).Elem().Set(fv)
	fmt.Println(f("abc"))
	f("boom")
}
