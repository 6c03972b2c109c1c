// Tests: byte/uint8 and rune/int32 are identical types at run time (%T, type switches, assertions).
package main

import "fmt"

type Bytes []byte

func kind(v any) string {
	switch v.(type) {
	case uint8:
		return "uint8"
	case []int32:
		return "[]int32"
	case map[rune]byte:
		return "map[int32]uint8"
	}
	return "other"
}

func main() {
	var b byte = 'A'
	var u uint8 = b
	r := 'é'
	var i int32 = r
	rs := []rune("héllo")
	var is []int32 = rs
	m := map[rune]byte{'a': 1}
	var m2 map[int32]uint8 = m
	fmt.Printf("%T %T %T %T %T %T\n", b, u, r, i, rs, m2)
	fmt.Println(kind(b), kind(rs), kind(m))
	var x any = []byte("hi")
	bs, ok := x.([]uint8)
	fmt.Println(string(bs), ok)
	fmt.Printf("%T %v\n", Bytes("ok"), Bytes("ok"))
	fmt.Println(is[1], m2['a'], "abc"[1], len(string(rs)))
	ch := make(chan rune, 1)
	ch <- 'z'
	var c <-chan int32 = ch
	fmt.Printf("%T %c\n", c, <-c)
}
