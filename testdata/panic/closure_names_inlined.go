// Tests: names of closures nested in closures: gc inlines a literal called directly (immediately, or through a local variable called only directly), and the nested literals of the inlined copy are named .funcN; a literal with a defer is not inlined, so its nested literals are .N
package main

import (
	"fmt"
	"runtime"
)

func name() string {
	pc, _, _, _ := runtime.Caller(1)
	return runtime.FuncForPC(pc).Name()
}

func main() {
	// small IIFE
	func() {
		k := func() { fmt.Println("a", name()) }
		k()
	}()
	// big IIFE: several calls
	func() {
		fmt.Println("x1")
		fmt.Println("x2")
		fmt.Println("x3")
		k := func() { fmt.Println("b", name()) }
		k()
	}()
	// IIFE with a loop
	func() {
		for i := 0; i < 1; i++ {
			k := func() { fmt.Println("c", name()) }
			k()
		}
	}()
	// IIFE with defer
	func() {
		defer func() {}()
		k := func() { fmt.Println("d", name()) }
		k()
	}()
	// local var called once
	f := func() {
		k := func() { fmt.Println("e", name()) }
		k()
	}
	f()
	// called twice
	g := func() {
		k := func() { fmt.Println("f", name()) }
		k()
	}
	g()
	g()
}
