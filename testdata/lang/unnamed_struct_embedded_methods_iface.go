// Tests: an unnamed struct type with embedded fields has their methods (value and pointer embedding) and satisfies interfaces
package main

import (
	"fmt"
	"strings"
)

type Inner struct{ A int }

func (i Inner) Get() int { return i.A }

func (i *Inner) Set(v int) { i.A = v }

type Getter interface{ Get() int }

type Setter interface {
	Getter
	Set(int)
}

type Named struct{ name string }

func (n Named) String() string { return "named:" + n.name }

func main() {
	v := struct {
		Inner
		B string
	}{Inner{3}, "x"}
	var g Getter = v
	fmt.Println(g.Get())
	fmt.Printf("%v %+v %T\n", g, g, g)

	p := &struct{ *Inner }{&Inner{5}}
	var s Setter = p
	s.Set(7)
	fmt.Println(s.Get(), p.A)

	q := &struct {
		Inner
		n int
	}{}
	var s2 Setter = q
	s2.Set(9)
	fmt.Println(q.Get(), q.A)

	var st fmt.Stringer = struct{ Named }{Named{"n"}}
	fmt.Println(st, strings.ToUpper(st.String()))

	items := []Getter{v, p, q}
	sum := 0
	for _, it := range items {
		sum += it.Get()
	}
	fmt.Println(sum)
}
