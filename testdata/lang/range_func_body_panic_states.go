package main

// The states of a range-over-func loop (runtime.panicrangestate): an
// iterator that recovers the body's panic and returns, or calls the body
// again; a body called after break, return, a labeled break or the loop's end.

import "fmt"

func seqRecover(yield func(int) bool) {
	defer func() { fmt.Println("iter recovered:", recover()) }()
	yield(1)
}

func seqRecoverContinue(yield func(int) bool) {
	func() {
		defer func() { fmt.Println("iter recovered:", recover()) }()
		yield(1)
	}()
	yield(2)
}

var saved func(int) bool

func seqSave(yield func(int) bool) {
	saved = yield
	for i := 0; i < 3; i++ {
		if !yield(i) {
			return
		}
	}
}

func ret() int {
	for x := range seqSave {
		for y := range seqSave {
			if y == 1 {
				return x*10 + y
			}
		}
	}
	return -1
}

func try(name string, f func()) {
	defer func() { fmt.Println(name, "->", recover()) }()
	f()
}

func main() {
	try("missing", func() {
		for x := range seqRecover {
			panic(x)
		}
	})
	try("continued-after-panic", func() {
		for x := range seqRecoverContinue {
			panic(x)
		}
	})
	fmt.Println(ret())
	try("after-return", func() { saved(1) })
	try("after-break", func() {
		for x := range seqSave {
			if x == 0 {
				break
			}
		}
		saved(1)
	})
	try("after-exhaust", func() {
		for range seqSave {
		}
		saved(1)
	})
	try("nested-break-outer", func() {
	outer:
		for x := range seqSave {
			for y := range seqSave {
				_ = y
				if x == 0 {
					break outer
				}
			}
		}
		saved(1)
	})
	try("continue-ok", func() {
		n := 0
		for x := range seqSave {
			if x == 1 {
				continue
			}
			n += x
		}
		fmt.Println("n", n)
	})
}
