// Tests: a finalizer set on a variable of a scalar type (a complex128 moved to the heap, a new(string), a complex128 a closure captures; 16 bytes, so Go's tiny allocator, whose objects may never be finalized, is not used) runs once runtime.GC finds it unreachable; one still referenced, or captured by a live closure, does not
package main

import (
	"fmt"
	"runtime"
	"time"
)

var keep *complex128

func escape(n int, done chan string) {
	x := complex(float64(n), 1)
	runtime.SetFinalizer(&x, func(p *complex128) { done <- fmt.Sprint("finalized complex ", *p) })
}

func counter(done chan string) func() complex128 {
	c := complex(40, 0)
	runtime.SetFinalizer(&c, func(p *complex128) { done <- fmt.Sprint("finalized captured ", *p) })
	return func() complex128 { c++; return c }
}

func main() {
	done := make(chan string, 8)
	escape(7, done)
	s := new(string)
	*s = "hello"
	runtime.SetFinalizer(s, func(p *string) { done <- "finalized string " + *p })
	s = nil
	y := complex(3, 0)
	keep = &y
	runtime.SetFinalizer(keep, func(p *complex128) { done <- "unexpected: kept int finalized" })
	f := counter(done)
	fmt.Println(f(), f())
	runtime.GC()
	got := []string{<-done, <-done}
	if got[0] > got[1] {
		got[0], got[1] = got[1], got[0]
	}
	fmt.Println(got[0])
	fmt.Println(got[1])
	fmt.Println(f())
	runtime.KeepAlive(f)
	f = nil
	runtime.GC()
	fmt.Println(<-done)
	runtime.GC()
	select {
	case s := <-done:
		fmt.Println("unexpected:", s)
	case <-time.After(50 * time.Millisecond):
		fmt.Println("no other finalizer ran")
	}
	fmt.Println("kept:", *keep)
}
