// Tests: selectors take the shallowest field or method; names tied at that depth are in no method set.
package main

import "fmt"

type A struct{ X int }

func (A) M() string { return "A.M" }
func (A) P() string { return "A.P" }

type B struct {
	A
	X string
}

func (B) M() string { return "B.M" }

type C struct {
	B
	Y A
}

type D struct{}

func (D) N() string { return "D" }

type E struct{}

func (E) N() string { return "E" }

type F struct {
	D
	E
	B
}

type G struct{ A }
type H struct{ A }

type J struct {
	G
	H
}

type K struct {
	J
	P func() string
}

type I interface{ M() string }
type IN interface{ N() string }
type IP interface{ P() string }

func main() {
	c := C{}
	fmt.Println(c.M(), c.P(), c.X == "", c.B.A.X)
	var i I = c
	fmt.Println(i.M())
	f := F{}
	fmt.Println(f.M(), f.D.N(), f.E.N())
	_, ok := any(f).(IN)
	fmt.Println("F has N:", ok)
	_, ok = any(f).(I)
	fmt.Println("F has M:", ok)
	_, ok = any(J{}).(IP)
	fmt.Println("J has P:", ok)
	k := K{P: func() string { return "K.P field" }}
	fmt.Println(k.P(), k.G.P())
	_, ok = any(k).(IP)
	fmt.Println("K has method P:", ok)
}
