// Tests: []byte and []bool slices: aliasing, append growth and capacity, copy (overlapping), conversions, pointers to elements, printing, sorting, clear.
package main

import (
	"bytes"
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"
)

type B byte

func main() {
	// Aliasing: slices of one array see each other's writes.
	b := make([]byte, 5, 10)
	c := b[1:3]
	c[0] = 'x'
	d := append(c, 'y', 'z') // fits in cap: overwrites b[3], b[4]
	fmt.Println(b, c, d, len(d), cap(d))
	fmt.Printf("%s|%q|%x|%X|%v|%d\n", b, b, b, d, d, d)

	// Growth: capacities follow Go's size classes.
	var g []byte
	caps := []int{}
	for i := 0; i < 100; i++ {
		g = append(g, byte(i))
		if len(caps) == 0 || caps[len(caps)-1] != cap(g) {
			caps = append(caps, cap(g))
		}
	}
	fmt.Println(caps)
	h := append([]byte(nil), "hello, world"...)
	fmt.Println(len(h), cap(h), string(h))
	h2 := append(h[:5], h[7:]...) // overlapping source
	fmt.Println(string(h2), string(h))

	// Copy, including overlap and from a string.
	e := []byte("abcdef")
	n := copy(e[2:], e)
	fmt.Println(n, string(e))
	n = copy(e, "XY")
	fmt.Println(n, string(e))
	n = copy(e[1:], e[3:])
	fmt.Println(n, string(e))

	// Pointers to elements.
	p := &e[2]
	*p = '!'
	*p++
	fmt.Println(string(e), *p)
	q := &e[2]
	fmt.Println(p == q, p == &e[3])

	// Array-backed byte slices alias the array and grow like any slice.
	var arr [4]byte
	as := arr[:2]
	as[1] = 7
	as = append(as, 8)
	fmt.Println(arr, as, cap(as))
	as = append(as, 9, 10, 11)
	as[0] = 99
	fmt.Println(arr, as, cap(as))

	// Conversions.
	s := "héllo"
	bs := []byte(s)
	bs[0] = 'H'
	fmt.Println(s, string(bs), len(bs))
	fmt.Println(string(bs[1:3]), []rune(string(bs)))
	var nb []byte
	fmt.Println(nb == nil, string(nb) == "", len(string(nb)))
	nb = append(nb, ""...)
	fmt.Println(nb == nil)
	nb = append(nb, "a"...)
	fmt.Println(nb == nil, string(nb))

	// Named byte element type.
	nbs := []B{1, 2, 3}
	nbs = append(nbs, 250)
	fmt.Println(nbs, nbs[3]+10)

	// []bool.
	flags := make([]bool, 3)
	flags[1] = true
	flags = append(flags, true, false)
	fmt.Println(flags, len(flags), cap(flags), !flags[0])
	fp := &flags[2]
	*fp = true
	fmt.Printf("%v %t\n", flags, flags[2])
	lit := []bool{true, false, true}
	fmt.Println(lit)

	// Printing through interfaces and %v of nested.
	var any interface{} = []byte("hi")
	fmt.Println(any)
	fmt.Printf("%s %v %#v\n", any, [][]byte{[]byte("a"), nil}, []byte("z"))

	// Sorting.
	sb := []byte("sorting")
	sort.Slice(sb, func(i, j int) bool { return sb[i] < sb[j] })
	fmt.Println(string(sb))
	sb2 := []byte("zyx")
	slices.Sort(sb2)
	fmt.Println(string(sb2))

	// clear, range, bytes and utf8 helpers.
	cl := []byte("clear")
	clear(cl[1:3])
	fmt.Println(cl)
	sum := 0
	for i, v := range []byte("abc") {
		sum += i * int(v)
	}
	fmt.Println(sum)
	ub := make([]byte, 4)
	w := utf8.EncodeRune(ub, 'é')
	fmt.Println(w, ub, utf8.RuneCount(ub[:w]), utf8.Valid(ub[:w]))
	r, size := utf8.DecodeRune(ub)
	fmt.Println(r, size)
	fmt.Println(bytes.Equal([]byte("a"), []byte("a")), bytes.ToUpper([]byte("up")), string(bytes.Repeat([]byte("ab"), 3)))
	var buf bytes.Buffer
	buf.WriteString("buf")
	buf.WriteByte('!')
	buf.Write([]byte("?"))
	fmt.Println(buf.String(), buf.Len())

	// strings.Builder.
	var sbd strings.Builder
	for i := 0; i < 20; i++ {
		sbd.WriteByte('a' + byte(i))
		sbd.WriteString("-")
		sbd.WriteRune('é')
	}
	fmt.Println(sbd.Len(), sbd.String())
	sbd.Reset()
	sbd.Grow(10)
	fmt.Println(sbd.Len(), sbd.Cap(), sbd.String() == "")

	// Out of range on a byte slice.
	defer func() { fmt.Println("recovered:", recover()) }()
	idx := 5
	fmt.Println(b[:cap(b)][idx:][idx])
}
