// Tests: package variables initialise in the spec's order: earliest ready variable first, dependencies through functions, methods and closures.
package main

import "fmt"

var trace []string

func tr(s string, v int) int { trace = append(trace, s); return v }

var (
	a = c + b
	b = f()
	c = f()
	d = tr("d", 3)
)

var x = func() int { return tr("x", y*2) }()
var y = g()

func g() int { return h() + 1 }
func h() int { return tr("y", z) }

var z = tr("z", 10)

type T struct{ n int }

func (t T) M() int { return tr("r", t.n+w) }

var r = T{1}.M()
var w = tr("w", 5)

var p, q = pair()

func pair() (int, int) { return tr("pq", k), k + 1 }

var k = tr("k", 7)

var e = tr("e", 0)

func f() int {
	d++
	return tr("f", d)
}

func main() {
	fmt.Println(a, b, c, d, x, y, z, r, w, p, q, k, e)
	fmt.Println(trace)
}
