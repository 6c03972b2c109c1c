// Tests: cyclic garbage built in a loop is collected (runtime.GC, NumGC, SetGCPercent's previous value; HeapAlloc stays far below what the loop allocated)
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

type node struct {
	next *node
	buf  [64]int
}

func main() {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	for i := 0; i < 200000; i++ {
		a, b := &node{}, &node{}
		a.next, b.next = b, a
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	fmt.Println("cycles ran:", after.NumGC > before.NumGC)
	fmt.Println("heap bounded:", after.HeapAlloc < 64<<20)
	fmt.Println("previous GOGC:", debug.SetGCPercent(-1))
	fmt.Println("now:", debug.SetGCPercent(100))
}
