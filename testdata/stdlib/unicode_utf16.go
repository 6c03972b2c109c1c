// Tests: unicode/utf16 Encode/Decode with surrogate pairs, EncodeRune/DecodeRune, IsSurrogate, AppendRune, RuneLen, invalid input
package main

import (
	"fmt"
	"unicode/utf16"
)

func main() {
	s := "héllo, 世界 🌍"
	u := utf16.Encode([]rune(s))
	fmt.Println(len([]rune(s)), len(u))
	fmt.Printf("%04x\n", u)
	fmt.Println(string(utf16.Decode(u)))
	r1, r2 := utf16.EncodeRune('🌍')
	fmt.Printf("%x %x\n", r1, r2)
	fmt.Printf("%x\n", utf16.DecodeRune(r1, r2))
	fmt.Printf("%x\n", utf16.DecodeRune('a', r2))
	a, b := utf16.EncodeRune('a')
	fmt.Printf("%x %x\n", a, b)
	fmt.Println(utf16.IsSurrogate(r1), utf16.IsSurrogate(r2), utf16.IsSurrogate('a'))
	fmt.Printf("%04x\n", utf16.AppendRune([]uint16{1}, 0x10437))
	fmt.Println(utf16.RuneLen('a'), utf16.RuneLen(0x10437), utf16.RuneLen(0xD800), utf16.RuneLen(-1))
	bad := []uint16{0xd83c, 'x', 0xdf0d, 0xd83c}
	fmt.Printf("%q\n", string(utf16.Decode(bad)))
	fmt.Printf("%04x\n", utf16.Encode([]rune{0xD800, 0x110000, 'z'}))
}
