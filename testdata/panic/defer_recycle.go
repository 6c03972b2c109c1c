// Deferred closures and captured named results whose objects the runtime
// may recycle: the closure or the result cell is kept alive elsewhere, so
// it must not be reused while still reachable.
package main

import "fmt"

var kept []func() int
var keptDefer func()

// The deferred closure is also stored in a global: after the call returns
// it must still see (and update) its own captured result.
func keepClosure(i int) (r int) {
	f := func() { r += 100 }
	keptDefer = f
	defer f()
	return i
}

// A second closure captures the same named result and outlives the call.
func keepCell(i int) (r int) {
	defer func() { r *= 2 }()
	kept = append(kept, func() int { r++; return r })
	return i
}

// Recovering in an open-coded deferred closure that sets the result.
func recovers(i int) (r int, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("recovered: %v", p)
			r = -i
		}
	}()
	if i%2 == 1 {
		panic(fmt.Sprint("odd ", i))
	}
	return i * 10, nil
}

// Two open-coded defers in one frame, each capturing the result.
func twoDefers(i int) (r string) {
	defer func() { r += "a" }()
	defer func() { r += "b" }()
	return fmt.Sprint(i)
}

func main() {
	sum := 0
	for i := 0; i < 5; i++ {
		sum += keepClosure(i)
	}
	fmt.Println("keepClosure", sum)
	keptDefer()
	keptDefer()

	for i := 0; i < 4; i++ {
		fmt.Println("keepCell", keepCell(i))
	}
	for _, f := range kept {
		fmt.Println("kept", f(), f())
	}

	for i := 0; i < 4; i++ {
		r, err := recovers(i)
		fmt.Println("recovers", r, err)
	}
	for i := 0; i < 3; i++ {
		fmt.Println("twoDefers", twoDefers(i))
	}

	// Many closures built after recycled ones: each keeps its own capture.
	var fs []func() int
	for i := 0; i < 5; i++ {
		keepClosure(i)
		j := i * i
		fs = append(fs, func() int { return j })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
