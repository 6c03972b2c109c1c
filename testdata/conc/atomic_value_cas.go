// Tests: atomic CompareAndSwapInt64 loop and atomic.Value Store/Load.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var n int64
	var wg sync.WaitGroup
	for range 20 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				old := atomic.LoadInt64(&n)
				if atomic.CompareAndSwapInt64(&n, old, old+5) {
					return
				}
			}
		}()
	}
	wg.Wait()
	var v atomic.Value
	v.Store("config-1")
	fmt.Println(n, v.Load())
}
