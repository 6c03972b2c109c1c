// Tests: unsafe.StringData is one pointer for copies of one string, another for strings.Clone's copy (short or long), nil for ""; it points at the string's first byte
package main

import (
	"fmt"
	"strings"
	"unsafe"
)

func main() {
	s := "abc"
	clone := strings.Clone(s)
	fmt.Println(s == clone, unsafe.StringData(s) == unsafe.StringData(clone))
	t := s
	fmt.Println(unsafe.StringData(t) == unsafe.StringData(s))

	long := strings.Repeat("x", 40) + "y"
	l2 := long
	fmt.Println(unsafe.StringData(long) == unsafe.StringData(l2))
	fmt.Println(unsafe.StringData(long) == unsafe.StringData(strings.Clone(long)))
	fmt.Println(*unsafe.StringData(s), *unsafe.StringData(long))

	m := map[string]int{long: 1}
	for k := range m {
		fmt.Println(k == long)
	}
	fmt.Println(unsafe.StringData("") == nil, unsafe.StringData(strings.Clone("")) == nil)
	b := []byte{}
	fmt.Println(unsafe.StringData(string(b)) == nil)

	// The bytes of a string, read through unsafe.Slice (not written).
	bs := unsafe.Slice(unsafe.StringData(long), len(long))
	fmt.Println(len(bs), cap(bs), string(bs[38:]))
}
