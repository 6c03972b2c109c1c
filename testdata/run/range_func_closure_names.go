// Tests: range-over-func bodies are named F-rangeN, counted apart from function literals and per enclosing function (nested: F-range1-range2); a function literal in a body directly in a declared function is F-range1.func1, deeper ones F-range1-range1.1
package main

import "runtime"

func it(yield func(int) bool) { yield(1) }

//go:noinline
func where() { pc, _, _, _ := runtime.Caller(1); println(runtime.FuncForPC(pc).Name()) }

var sink func()

func main() {
	for range it {
		g := func() {
			defer func() {}()
			for i := 0; i < 3; i++ {
				if i == 1 {
					where()
				}
			}
		}
		sink = g
		sink()
		for range it {
			sink = func() { where() }
			sink()
		}
		for range it {
			where()
		}
	}
	h := func() {
		defer func() {}()
		sink = func() { where() }
		sink()
		for range it {
			where()
			sink = func() { where() }
			sink()
		}
	}
	sink = h
	sink()
	for range it {
		where()
	}
}
