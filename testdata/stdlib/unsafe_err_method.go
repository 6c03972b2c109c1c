// Tests: unsafe.Offsetof(t.M) is a compile error with types2's message
package main

import (
	"fmt"
	"unsafe"
)

type T struct{ a, b int }

func (T) M() {}

func main() {
	var t T
	fmt.Println(unsafe.Offsetof(t.M), t)
}
