// Tests: numeric conversions (truncation, wrap-around) and string/[]byte/rune conversions.
package main

import "fmt"

func main() {
	f := 3.99
	fmt.Println(int(f), int(-f), float64(7)/2)
	big := 300
	fmt.Println(uint8(big), int8(big), int64(1)<<40)
	fmt.Println(string(rune(65)), []byte("AB"), []rune("é"), string([]rune{72, 105}))
	var x int32 = -1
	fmt.Println(uint32(x), uint16(x))
}
