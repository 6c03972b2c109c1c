// Tests: unsafe.String(ptr, len) is the len bytes at ptr, and unsafe.StringData of it is ptr again; a nil ptr with len 0 is ""
package main

import (
	"fmt"
	"unsafe"
)

func main() {
	b := []byte("hello, world")
	str := unsafe.String(&b[0], len(b))
	fmt.Println(str, len(str), unsafe.StringData(str) == &b[0])
	str2 := unsafe.String(unsafe.SliceData(b[7:]), 5)
	fmt.Println(str2, unsafe.StringData(str2) == &b[7], unsafe.StringData(str2) == &b[0])
	copied := str2
	fmt.Println(unsafe.StringData(copied) == &b[7])

	var arr [4]byte
	arr[0], arr[1] = 'h', 'i'
	fmt.Printf("%q\n", unsafe.String(&arr[0], 2))
	c := byte('z')
	fmt.Println(unsafe.String(&c, 1))

	var bp *byte
	fmt.Printf("%q\n", unsafe.String(bp, 0))
	fmt.Printf("%q\n", unsafe.String(&b[3], 0))
	n := uint8(3)
	fmt.Println(unsafe.String(&b[0], n))
}
