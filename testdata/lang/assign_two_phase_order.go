// Tests: assignment phases: left index/pointer operands and the right side first, then stores left to right.
package main

import "fmt"

var trace []string

func tr(s string) { trace = append(trace, s) }

var gp = new(int)

func f() (*int, int) { tr("f"); return gp, 5 }
func g() *int        { tr("g"); return gp }
func k() string      { tr("k"); return "key" }

type S struct{ x int }

func ps(s *S) *S { tr("ps"); return s }

func main() {
	// p, *p = f(): *p stores through the old p.
	p := new(int)
	old := p
	p, *p = f()
	fmt.Println(p == gp, *old, *gp)

	m := map[string]int{}
	m[k()], *g() = 1, 2
	fmt.Println(m, *gp, trace)
	trace = nil

	x := []int{0, 0, 0}
	i := 0
	i, x[i] = 1, 2
	fmt.Println(i, x)

	y := []int{0, 0, 0, 0}
	j := 0
	for j, y[j] = range []int{7, 8, 9} {
	}
	fmt.Println(j, y)

	r, r2 := []int{1, 2}, []int{3, 4}
	r, r[0] = r2, 99
	fmt.Println(r, r2)

	var s1, s2 S
	q := &s1
	q, q.x = &s2, 7
	fmt.Println(s1.x, s2.x)
	ps(&s1).x, ps(&s2).x = 10, 20
	fmt.Println(s1, s2, trace)

	a, b := 1, 2
	a, b = b, a
	arr := []int{1, 2, 3}
	arr[0], arr[1], arr[2] = arr[2], arr[0], arr[1]
	fmt.Println(a, b, arr)
}
