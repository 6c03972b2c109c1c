// Tests: printing of all integer types, uintptr and byte/rune slices with %v.
package main

import "fmt"

func main() {
	var i8 int8 = -8
	var u16 uint16 = 65535
	var i64 int64 = -1 << 63
	var up uintptr = 42
	var r rune = 'z'
	var b byte = 'z'
	fmt.Println(i8, u16, i64, up, r, b)
	fmt.Printf("%T %T %T %T\n", up, r, b, 'z')
	fmt.Printf("%v %v\n", []rune("ab"), []byte("ab"))
	fmt.Printf("%x %X %o\n", i64, u16, i8)
}
