// Tests: methods declared on aliases of a local type (type A = T, type P = *T) are methods of T (*T for the pointer alias)
package main

type T struct{ x int }
type P = *T
type A = T
type B = A

func (p P) Inc()       { p.x++ }
func (a A) Get() int   { return a.x }
func (b B) Twice() int { return 2 * b.x }

type I interface{ Inc() }

func main() {
	t := &T{3}
	t.Inc()
	var i I = t
	i.Inc()
	println(t.Get(), t.Twice(), T{5}.Get())
	f := (*T).Inc
	f(t)
	println(t.x)
}
