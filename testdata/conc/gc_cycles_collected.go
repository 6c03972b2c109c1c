// Tests: cyclic garbage built in a loop is collected (runtime.GC, NumGC, SetGCPercent returns the previous GOGC; HeapAlloc stays bounded)
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

type node struct {
	next *node
	buf  [8]int
}

// churn builds n two-node cycles and drops them.
func churn(n int) {
	for i := 0; i < n; i++ {
		a, b := &node{}, &node{}
		a.next, b.next = b, a
	}
}

func main() {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	churn(20000)
	runtime.GC()
	runtime.ReadMemStats(&after)
	fmt.Println("cycles ran:", after.NumGC > before.NumGC)
	fmt.Println("heap bounded:", after.HeapAlloc < 64<<20)
	fmt.Println("previous GOGC:", debug.SetGCPercent(-1))
	fmt.Println("now:", debug.SetGCPercent(100))
}
