// Tests: a collection does not treat a frame's dead temporaries as roots: objects passed as call arguments, built in literals or returned by calls are finalized once the variables holding them are cleared.
package main

import (
	"fmt"
	"runtime"
	"sort"
)

type Obj struct {
	id   int
	data []int
}

func newObj(id int) *Obj { return &Obj{id: id, data: make([]int, 4)} }

func use(o *Obj) int { return len(o.data) }

type pair struct{ a, b *Obj }

func main() {
	done := make(chan int, 8)
	fin := func(o *Obj) { done <- o.id }
	a := newObj(1)
	runtime.SetFinalizer(a, fin)
	n := use(a)
	b := newObj(2)
	runtime.SetFinalizer(b, fin)
	p := pair{a: b, b: newObj(3)}
	runtime.SetFinalizer(p.b, fin)
	f := func(o *Obj) *Obj { return o }
	c := f(newObj(4))
	runtime.SetFinalizer(c, fin)
	a, b, p, c = nil, nil, pair{}, nil
	runtime.GC()
	got := []int{<-done, <-done, <-done, <-done}
	sort.Ints(got)
	fmt.Println(n, got)
}
