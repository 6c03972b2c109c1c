// Tests: reflect.ValueOf([]int{1}).Index(5) panics with Go's message and traceback
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
	reflect.ValueOf([]int{1}).Index(5)
	fmt.Println("not reached")
}
