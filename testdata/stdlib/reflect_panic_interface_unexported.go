// Tests: reflect.ValueOf(t).Field(1).Interface() panics with Go's message and traceback
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
	reflect.ValueOf(t).Field(1).Interface()
	fmt.Println("not reached")
}
