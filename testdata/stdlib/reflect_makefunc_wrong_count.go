// Tests: a MakeFunc fn returning the wrong number of results panics in reflect.callReflect, whose frame then shows
package main

import "reflect"

func main() {
	var f func() int
	f = reflect.MakeFunc(reflect.TypeOf(f), func([]reflect.Value) []reflect.Value { return nil }).Interface().(func() int)
	f()
}
