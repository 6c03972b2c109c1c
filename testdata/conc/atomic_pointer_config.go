// Tests: atomic.Pointer[T] as a config holder swapped by goroutines: nil at first, CompareAndSwap with a stale old value fails, Swap returns the previous pointer
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Config struct {
	Version int
	Name    string
}

func main() {
	var cur atomic.Pointer[Config]
	fmt.Println(cur.Load() == nil, cur.CompareAndSwap(nil, &Config{1, "first"}))
	first := cur.Load()
	var wg sync.WaitGroup
	for i := 2; i <= 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				old := cur.Load()
				if old.Version >= i {
					return
				}
				if cur.CompareAndSwap(old, &Config{i, fmt.Sprint("v", i)}) {
					return
				}
			}
		}()
	}
	wg.Wait()
	fmt.Println(cur.Load().Version >= 2, cur.CompareAndSwap(first, &Config{9, "stale"}))
	prev := cur.Swap(&Config{10, "final"})
	fmt.Println(prev != first, cur.Load().Name, cur.Load().Version)
	var ip atomic.Pointer[int]
	n := 5
	ip.Store(&n)
	*ip.Load() += 1
	fmt.Println(n, *ip.Load())
}
