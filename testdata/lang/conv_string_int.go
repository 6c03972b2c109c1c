// Tests: string(rune), string from byte and rune slices, and back.
package main

import "fmt"

func main() {
	fmt.Println(string(rune(65)), string(rune(0x4e16)), string(rune(-1)))
	bs := []byte("héllo")
	rs := []rune("héllo")
	fmt.Println(len(bs), len(rs), bs, rs)
	fmt.Println(string(bs[1:3]), string(rs[1:3]))
	var r rune = 'é'
	fmt.Println(r, string(r), byte('A'))
}
