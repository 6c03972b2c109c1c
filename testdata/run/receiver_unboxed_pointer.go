// Tests: pointer and interface locals used as method receivers keep Go's semantics without a heap cell (method values bind the pointer's current value; named non-pointer types still get &x).
package main

import "fmt"

type T struct{ n int }

func (t *T) Inc()     { t.n++ }
func (t T) Get() int  { return t.n }
func (t *T) Self() *T { return t }

type C int

func (c *C) Inc() { *c++ }

type Getter interface{ Get() int }

func bump(p *T) *T {
	p.Inc()
	p.n += 10
	return p.Self()
}

func main() {
	p := &T{1}
	f := p.Inc // binds the current pointer
	g := p.Get // binds a copy of *p
	p = &T{100}
	f()
	f()
	fmt.Println(p.n, g(), p.Get())
	q := bump(p)
	fmt.Println(q == p, q.n, p.n)

	var c C
	c.Inc()
	h := c.Inc
	h()
	fmt.Println(c)

	var i Getter = T{7}
	m := i.Get
	i = T{8}
	fmt.Println(m(), i.Get())

	ps := []*T{{1}, {2}}
	for _, x := range ps {
		x.Inc()
	}
	fmt.Println(ps[0].n, ps[1].n)
}
