// Tests: reflect.ValueOf(&t).Elem().Field(0).Set(reflect.ValueOf("x")) panics with Go's message and traceback
package main

import (
	"fmt"
	"reflect"
)

type T struct {
	A int
	b int
}

func main() {
	t := T{1, 2}
	fmt.Println("before", t.A)
	reflect.ValueOf(&t).Elem().Field(0).Set(reflect.ValueOf("x"))
	fmt.Println("not reached")
}
