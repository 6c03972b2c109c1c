// Tests: runtime.GC, ReadMemStats and debug.ReadGCStats counters; NumGoroutine with a leaked goroutine.
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"time"
)

func main() {
	block := make(chan struct{}) // never closed
	go func() {
		defer fmt.Println("leaked goroutine: deferred call (never printed)")
		<-block
	}()
	time.Sleep(10 * time.Millisecond)
	fmt.Println("goroutines before:", runtime.NumGoroutine())

	var ms runtime.MemStats
	var gs debug.GCStats
	for i := 0; i < 3; i++ {
		runtime.GC()
		runtime.ReadMemStats(&ms)
		debug.ReadGCStats(&gs)
	}
	fmt.Println("GC cycles run:", ms.NumGC >= 3, "- gcstats NumGC >= 3:", gs.NumGC >= 3)
	fmt.Println("goroutines after GC + ReadMemStats + ReadGCStats:", runtime.NumGoroutine())
}
