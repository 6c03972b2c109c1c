// Tests: runtime.GC finds an object unreachable (with what it references) and its finalizer runs in its own goroutine; an object reachable from a global is not finalized
package main

import (
	"fmt"
	"runtime"
	"time"
)

type res struct {
	name string
	next *res
}

var kept *res

func open(name string, done chan string) *res {
	r := &res{name: name}
	runtime.SetFinalizer(r, func(r *res) { done <- "finalized " + r.name })
	return r
}

func main() {
	done := make(chan string, 4)
	open("dropped", done)
	kept = open("kept", done)
	a := &res{name: "a"}
	a.next = &res{name: "b", next: a}
	runtime.SetFinalizer(a.next, func(r *res) { done <- "finalized " + r.name + ", which points to " + r.next.name })
	a = nil
	runtime.GC()
	fmt.Println(<-done)
	runtime.GC()
	select {
	case s := <-done:
		fmt.Println("unexpected:", s)
	case <-time.After(50 * time.Millisecond):
		fmt.Println("no other finalizer ran")
	}
	fmt.Println("kept:", kept.name)
}
