// Tests: struct and array arguments are values. Whatever the callee does
// with its parameter (writes, &, pointer methods, closures, slicing,
// storing it), and whatever reaches the caller's variable during the call
// (closures, pointers, pointer-method receivers), each side sees its own
// copy, as in Go.
package main

import "fmt"

type In struct{ A, B int }

type P struct {
	X, Y int
	In   In
}

var gp *P
var gs P
var gi *In
var keep []func() int

func writeField(q P) int      { q.X = 100; return q.X }
func writeWhole(q P) int      { q = P{X: 7}; return q.X }
func writeNested(q P) int     { q.In.A = 50; return q.In.A }
func writeAddr(q P) int       { r := &q; r.Y = 9; return q.Y }
func (p *P) Bump()            { p.X++ }
func (p *P) Remember()        { gp = p }
func (p P) Sum() int          { return p.X + p.Y + p.In.A + p.In.B }
func (p P) SetX(v int) int    { p.X = v; return p.X }
func (in In) Get() int        { return in.A*10 + in.B }
func bumpParam(q P) int       { q.Bump(); return q.X }
func capture(q P) func() int  { return func() int { return q.X } }
func store(q P)               { gs = q }
func readAfter(q P, f func()) int {
	f()
	return q.X
}
func readViaGlobal(q P) int {
	gp.X = 555
	return q.X
}
func inner(in In) int         { return in.A + in.B }
func twice(a, b P) (int, int) { a.X = -1; return a.X, b.X }
func pass(q P) int            { return writeField(q) + q.X }
func arr(a [3]int) int        { s := a[:]; s[0] = 99; return a[0] }
func arrRead(a [3]int) int    { return a[0] + a[1] + a[2] }
func readInner(q P) int {
	gi.A = 77
	return q.In.A
}

func Map[T any](x T, f func(T) T) T { return f(x) }

func seq(v P) func(func(P) bool) {
	return func(yield func(P) bool) {
		for i := 0; i < 2; i++ {
			if !yield(v) {
				return
			}
			fmt.Println("iterator still has", v.X)
		}
	}
}

func main() {
	p := P{1, 2, In{3, 4}}
	fmt.Println(writeField(p), writeWhole(p), writeNested(p), writeAddr(p), p)
	fmt.Println(bumpParam(p), p.X, p.SetX(42), p.X, p.Sum())

	f := capture(p)
	p.X = 11
	fmt.Println(f(), p.X)

	store(p)
	p.Y = 22
	fmt.Println(gs.Y, p.Y)

	q := P{X: 5}
	mod := func() { q.X = 500 }
	fmt.Println(readAfter(q, mod), q.X)

	r := P{X: 6}
	r.Remember()
	fmt.Println(readViaGlobal(r), r.X)

	t := P{X: 8}
	gi = &t.In
	fmt.Println(readInner(t), t.In.A)

	fmt.Println(inner(p.In), p.In.Get())
	fmt.Println(twice(p, p))
	fmt.Println(pass(p), p.X)

	a := [3]int{1, 2, 3}
	fmt.Println(arr(a), a, arrRead(a))

	d := P{X: 1}
	defer func(v P) { fmt.Println("deferred literal saw", v.X) }(d)
	defer fmt.Println("deferred saw", d.X, d)
	d.X = 2

	g := p.Sum
	p.X = 1000
	fmt.Println(g(), p.Sum())

	h := func(v P) int { v.Y++; return v.Y }
	fmt.Println(h(p), p.Y)

	fmt.Println(Map(p, func(v P) P { v.X = 3; return v }).X, p.X)

	v0 := P{X: 1}
	for v := range seq(v0) {
		v.X = 99
		fmt.Println("body set", v.X)
	}
	fmt.Println(v0.X)

	w := P{X: 1}
	keep = append(keep, func() int { return w.X })
	fmt.Println(pass(w), keep[0]())
}
