// Tests: utf8 decoding of invalid and truncated sequences and encoding runes.
package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	b := []byte("é\xff世")
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		fmt.Printf("%q %d\n", r, size)
		b = b[size:]
	}
	buf := make([]byte, 4)
	n := utf8.EncodeRune(buf, '€')
	fmt.Println(buf[:n], n, utf8.FullRune([]byte{0xe2, 0x82}))
	r, _ := utf8.DecodeLastRuneInString("ab世")
	fmt.Println(string(r), utf8.ValidRune(0xD800))
}
