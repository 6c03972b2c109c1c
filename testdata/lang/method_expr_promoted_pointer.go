// Tests: method expressions and values of methods promoted from an embedded value with pointer and value receivers ((*T).M, T.V) reach the embedded field's storage.
package main

import "fmt"

type S int

func (s *S) M() S { return *s }
func (s S) V() S  { return s * 2 }
func (s *S) Inc() { *s++ }

type T struct {
	a int
	S
}

type I interface{ M() S }

func main() {
	t := &T{S: 42}
	fm := (*T).M
	fv := (*T).V
	fv2 := T.V
	inc := (*T).Inc
	inc(t)
	fmt.Println(fm(t), fv(t), fv2(*t), t.M())
	g := t.M
	t.S = 7
	fmt.Println(g())
	var i I = t
	fmt.Println(i.M())
}
