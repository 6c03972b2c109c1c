// Tests: byte arrays as assigned and captured variables, method receivers (value and pointer), embedded fields, generics, switch and interface map keys
package main

import (
	"fmt"
	"sort"
	"strings"
)

type ID [3]byte

func (p *ID) Set(i int, b byte) { p[i] = b }
func (id ID) Sum() int       { return int(id[0]) + int(id[1]) + int(id[2]) }

type S struct {
	ID
	name string
}

type G[T any] struct{ v [2]T }

func zero[T any]() [3]T { var z [3]T; return z }

func main() {
	list := [][2]byte{{1, 2}, {3, 4}}
	for _, r := range list {
		r[0] = 9
	}
	fmt.Println(list)
	grid := [2][2]byte{{1, 2}, {3, 4}}
	for _, r := range grid {
		r[1] = 0
	}
	fmt.Println(grid)
	for i := range grid {
		grid[i][0] = 7
	}
	fmt.Println(grid)

	var a [3]byte
	f := func() { a[0]++; a = [3]byte{a[0], 5, 6} }
	f()
	f()
	fmt.Println(a)
	g := func() [3]byte { return a }
	b := g()
	b[2] = 0
	fmt.Println(a, b)

	var id ID
	id.Set(1, 4)
	p := &id
	p.Set(2, 5)
	fmt.Println(id, id.Sum(), p.Sum())
	s := S{name: "x"}
	s.Set(0, 1)
	s.ID.Set(1, 2)
	fmt.Println(s, s.Sum())
	m := s.Sum
	s.Set(2, 100)
	fmt.Println(m(), s.Sum())
	var x interface{ Sum() int } = id
	id[0] = 50
	fmt.Println(x.Sum(), id.Sum())

	switch id {
	case ID{50, 4, 5}:
		fmt.Println("match")
	default:
		fmt.Println("no")
	}
	type K struct {
		a [2]byte
		n int
	}
	km := map[K]int{{[2]byte{1, 2}, 3}: 1}
	km[K{[2]byte{1, 2}, 3}]++
	fmt.Println(km)
	gi := G[byte]{}
	gi.v[1] = 3
	gb := G[bool]{}
	gb.v[0] = true
	fmt.Println(gi, gb, zero[byte](), zero[bool](), zero[int]())
	big := [...]byte{1000: 1}
	fmt.Println(len(big), big[1000], big[999])
	done := make(chan [2]byte)
	arr := [2]byte{1, 2}
	go func(v [2]byte) { v[0] = 0; done <- v }(arr)
	fmt.Println(<-done, arr)
	keys := [][2]byte{{2, 1}, {1, 2}, {1, 1}}
	sort.Slice(keys, func(i, j int) bool { return string(keys[i][:]) < string(keys[j][:]) })
	fmt.Println(keys)
	var sb strings.Builder
	var buf [8]byte
	n := copy(buf[:], "hi there")
	sb.Write(buf[:n])
	fmt.Println(sb.String())
	var hexd [4]byte
	const digits = "0123456789abcdef"
	for i := range hexd {
		hexd[i] = digits[i*3]
	}
	fmt.Println(string(hexd[:]), fmt.Sprintf("%s", hexd[:]))
	type Arr [2]bool
	var ab Arr
	ab[1] = true
	pab := &ab
	fmt.Println(*pab, pab[1], len(pab))
	for i, v := range pab {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	var eb [2]byte
	var ei any = eb
	var ej any = [2]byte{}
	fmt.Println(ei == ej, ei == any([2]int{}))
	mm := map[any]int{}
	mm[eb] = 1
	mm[[2]byte{}] = 2
	mm[[2]int{}] = 3
	fmt.Println(len(mm), mm[eb])
}
