package main

import (
	"fmt"
	"runtime"
)

// runtime.Callers in a deferred call that recovers a run-time fault lists
// the runtime's frames between gopanic and the faulting function: the
// bounds check's, the divide and shift checks', a nil dereference's
// signal frames. A panic the program calls has none.

func frames() {
	r := recover()
	pcs := make([]uintptr, 32)
	n := runtime.Callers(2, pcs)
	it := runtime.CallersFrames(pcs[:n])
	fmt.Println(r)
	for {
		f, more := it.Next()
		fmt.Printf("  %s:%d\n", f.Function, f.Line)
		if f.Function == "main.main" || !more {
			break
		}
	}
}

type node struct{ next *node }

var zero int

func nilDeref() {
	defer frames()
	var n *node
	fmt.Println(n.next)
}

func index() {
	defer frames()
	xs := []int{1, 2}
	fmt.Println(xs[zero+2])
}

func slice() {
	defer frames()
	s := "abc"
	fmt.Println(s[zero+2 : zero+1])
}

func toArray() {
	defer frames()
	xs := []int{1}
	fmt.Println([2]int(xs))
}

func divide() {
	defer frames()
	fmt.Println(10 / zero)
}

func shift() {
	defer frames()
	fmt.Println(1 << (zero - 1))
}

func own() {
	defer frames()
	panic(fmt.Errorf("mine"))
}

func main() {
	nilDeref()
	index()
	slice()
	toArray()
	divide()
	shift()
	own()
}
