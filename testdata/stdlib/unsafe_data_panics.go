// Tests: unsafe.Slice and unsafe.String panic with runtime/unsafe.go's errors for a negative len, a nil ptr with len > 0, and a slice past the end of memory
package main

import (
	"fmt"
	"unsafe"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isErr := r.(error)
		fmt.Println(name, r, isErr)
	}()
	f()
}

func main() {
	arr := [3]int{1, 2, 3}
	b := []byte("abc")
	var bp *byte
	var ip *int
	neg, one, huge := -1, 1, 1<<62
	try("slice neg", func() { _ = unsafe.Slice(&arr[0], neg) })
	try("slice nil", func() { _ = unsafe.Slice(ip, one) })
	try("slice huge", func() { _ = unsafe.Slice(&arr[0], huge) })
	try("slice nil huge", func() { _ = unsafe.Slice(ip, huge) })
	try("string neg", func() { _ = unsafe.String(&b[0], neg) })
	try("string nil", func() { _ = unsafe.String(bp, one) })
	try("slice nil neg", func() { _ = unsafe.Slice(ip, neg) })
}
