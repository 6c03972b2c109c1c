// []rune(s) is a compact int32 array, as make([]rune, n): every operation
// on it sees Go's runes.
package main

import (
	"fmt"
	"slices"
	"unicode"
	"unsafe"
)

type Runes []rune

func main() {
	s := "héllo, 世界! \xff end"
	r := []rune(s)
	fmt.Println(len(r), cap(r) >= len(r), r[1], r[7], r[11], string(r[7:9]))
	r[0] = unicode.ToUpper(r[0])
	r = append(r, '✓', -1, 0x110000, 0xD800)
	fmt.Println(string(r), len(r))
	fmt.Printf("%v %q %T\n", r[:3], r[7:9], r)
	var sum int32
	for i, c := range r {
		sum += c * int32(i%3)
	}
	fmt.Println(sum)
	slices.Reverse(r[:5])
	fmt.Println(string(r[:5]), slices.Index(r, '世'), slices.Contains(r, 'z'))
	c := make([]rune, 3)
	n := copy(c, r[7:])
	fmt.Println(n, string(c))
	named := Runes("abc")
	named = append(named, 'd')
	fmt.Println(string(named), len(named))
	empty := []rune("")
	fmt.Println(empty == nil, len(empty), string(empty) == "")
	fmt.Println(unsafe.Sizeof(r[0]), string([]rune("round trip ü")))
	m := map[string][]rune{"k": []rune("vé")}
	fmt.Println(string(m["k"]), m["k"][1])
	a := [3]rune(r[7:10])
	fmt.Println(string(a[:]), a[0] == '世')
}
