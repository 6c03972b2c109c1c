// Tests: sync/atomic Int64 and AddInt32 counters across goroutines.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var n atomic.Int64
	var m int32
	var wg sync.WaitGroup
	for range 50 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			n.Add(2)
			atomic.AddInt32(&m, 1)
		}()
	}
	wg.Wait()
	fmt.Println(n.Load(), atomic.LoadInt32(&m))
	var flag atomic.Bool
	fmt.Println(flag.CompareAndSwap(false, true), flag.Load())
}
