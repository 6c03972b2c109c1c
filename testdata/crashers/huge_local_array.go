// Fuzz-lite find (mutated corpus case): a 1 GB local array aborts gostack with a Rust allocation failure + backtrace; Go: stack overflow fatal error.
package main

import (
	"fmt"
	"runtime"
	"strings"
)


//go:noinline
func show(tag string) {
	pcs := make([]uintptr, 32)
	n := runtime.Callers(2, pcs) // skip runtime.C&^ allers and show
	frames := runtime.CallersFrames(pcs[:n])
	var names []string
	for {
		f, more := frames.Next()
		names = append(names, strings.TrimPrefix(f.Function, "main."))
		if !more {
			break
		}
	}
	fmt.Printf("%s\n    callers: %s\n", tag, strings.Join(names, " <- "))
}

func level2() {
	defer show("[panic] deferred by level2")
	panic("boom")
}

func level1() {
	defer func() { recover() }()
	defer show("[panic] deferred by level1")
	level2()
}

func normal2() { defer show("[return] deferred by normal2") }

func normal1() {
	defer show("[return] deferred by normal1")
	normal2()
}

//go:noinline
func growStack(n int) byte {
	var pad [1000000096]byte
	if n == 0 {
		return pad[0]
	}
	return growStack(n-1) + pad[n]
}

func main() {
	growStack(16) // pre-grow the stack so it is not copied during the demo
	level1()
	normal1()
}
