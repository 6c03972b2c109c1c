// Tests: gc devirtualizes a call through a local interface variable initialised from a nil *T and never reassigned: the value method's receiver is dereferenced at the call (nil dereference, not panicwrap).
package main

import "fmt"

type T struct{ n int }

func (t T) Get() int { return 1 }

type Getter interface{ Get() int }

func try(f func()) {
	defer func() { fmt.Println(recover()) }()
	f()
}

func main() {
	try(func() {
		var q *T
		var h Getter = q
		h.Get()
	})
	var p *T
	var g Getter = p
	fmt.Println(g.Get())
}
