// Tests: runtime.AddCleanup calls the cleanup once its object is unreachable (a cycle too, a &T{} literal's object as well); Cleanup.Stop cancels it; a nil ptr or ptr == arg panics.
package main

import (
	"fmt"
	"runtime"
	"sort"
)

type T struct {
	name string
	next *T
}

func try(f func()) {
	defer func() { fmt.Println("recovered:", recover()) }()
	f()
}

func main() {
	done := make(chan string, 10)
	a := &T{name: "a"}
	runtime.AddCleanup(a, func(n string) { done <- n }, a.name)
	b := &T{name: "b"}
	c := runtime.AddCleanup(b, func(n string) { done <- n }, "b")
	c.Stop()
	x := &T{name: "x"}
	y := &T{name: "y", next: x}
	x.next = y
	runtime.AddCleanup(x, func(n string) { done <- n + " (a cycle)" }, x.name)
	a, b, x, y = nil, nil, nil, nil
	runtime.GC()
	got := []string{<-done, <-done}
	sort.Strings(got)
	fmt.Println(got)
	select {
	case n := <-done:
		fmt.Println("unexpected cleanup", n)
	default:
		fmt.Println("b's cleanup was stopped")
	}

	try(func() { runtime.AddCleanup((*T)(nil), func(int) {}, 0) })
	p := &T{name: "p"}
	try(func() { runtime.AddCleanup(p, func(*T) {}, p) })
}
