// Tests: shifts by large counts, signed right shift, shift of typed values.
package main

import "fmt"

func main() {
	var x uint32 = 1
	var n uint = 33
	fmt.Println(x<<n, x<<31)
	var y int64 = -8
	fmt.Println(y>>1, y>>63, y>>100)
	var z uint64 = 1
	fmt.Println(z<<63, z<<64)
	s := 3
	fmt.Println(1<<s, int8(1)<<s<<4)
}
