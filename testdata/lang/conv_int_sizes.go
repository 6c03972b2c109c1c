// Tests: integer conversions truncate and sign-extend.
package main

import "fmt"

func main() {
	x := 0x12345678
	fmt.Println(int8(x), uint8(x), int16(x), uint16(x))
	var n int32 = -1
	fmt.Println(uint32(n), uint64(n), int64(n), uint16(n))
	var b byte = 0xff
	fmt.Println(int8(b), int(int8(b)))
	big := uint64(1<<63 + 5)
	fmt.Println(int64(big))
}
