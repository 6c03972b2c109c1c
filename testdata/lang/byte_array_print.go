// Tests: fmt prints byte and bool arrays as Go does (%v %d %x %X %q %s %T %#v, through pointers and inside structs)
package main

import (
	"fmt"
	"os"
)

type hdr struct {
	Tag  [4]byte
	n    int
	flag [2]bool
}

type ID [3]byte

func (id ID) String() string { return fmt.Sprintf("id-%x", id[:]) }

func main() {
	w := [5]byte{'h', 'e', 'l', 'l', 'o'}
	fmt.Printf("%v|%d|%x|%X|%q|%s|%T\n", w, w, w, w, w, w, w)
	fmt.Printf("%#v|%v\n", w, &w)
	fmt.Printf("% x|% #x|%08b|%3d\n", w, w, w[:2], w)
	fmt.Println(w, &w, w[1:])
	fmt.Print(w, "\n")
	fmt.Fprintln(os.Stdout, fmt.Sprint(w), fmt.Sprintf("%v", w[:0]))
	var u8 [3]uint8
	fmt.Printf("%v %T %#v\n", u8, u8, u8)
	bs := [3]bool{true, false, true}
	fmt.Printf("%v %T %#v %t\n", bs, bs, bs, bs)
	h := hdr{Tag: [4]byte{'a', 'b', 'c', 'd'}, n: 3, flag: [2]bool{false, true}}
	fmt.Printf("%v\n%+v\n%#v\n", h, h, h)
	fmt.Printf("%v %+v\n", &h, []hdr{h})
	fmt.Printf("%s %q %x\n", h.Tag, h.Tag, h.Tag)
	id := ID{1, 2, 255}
	fmt.Println(id, []ID{id, {}})
	fmt.Printf("%v %d %s\n", id, id, id)
	var grid [2][3]byte
	grid[1][2] = 'z'
	fmt.Printf("%v %x %q %#v\n", grid, grid, grid, grid)
	m := map[[2]byte]bool{{2, 1}: true, {1, 9}: false, {1, 2}: true}
	fmt.Println(m)
	var x any = w
	fmt.Printf("%v %T\n", x, x)
}
