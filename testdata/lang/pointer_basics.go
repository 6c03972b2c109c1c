// Tests: pointers, new, address of locals escaping, pointer to pointer.
package main

import "fmt"

func inc(p *int) { *p++ }

func newInt(v int) *int { return &v }

func main() {
	x := 1
	p := &x
	inc(p)
	inc(&x)
	fmt.Println(x, *p, p == &x)
	q := new(int)
	fmt.Println(*q)
	r := newInt(5)
	pp := &r
	**pp = 6
	fmt.Println(*r, newInt(1) == newInt(1))
	var np *int
	fmt.Println(np == nil, np)
}
