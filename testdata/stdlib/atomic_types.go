// Tests: typed atomics (Int32, Int64, Uint32, Uint64, Uintptr) And/Or returning the old value, Uintptr's methods, Value Swap/CompareAndSwap
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var a atomic.Int32
	a.Store(0b1100)
	fmt.Println(a.And(0b1010), a.Load(), a.Or(0b0001), a.Load())
	var b atomic.Int64
	b.Store(-1)
	fmt.Println(b.And(255), b.Or(-256), b.Load())
	var c atomic.Uint32
	c.Store(0xF0F0)
	fmt.Println(c.And(0xFF00), c.Or(0x000F), c.Load())
	var d atomic.Uint64
	fmt.Println(d.Or(1<<63), d.And(1<<63|1), d.Load())
	var p atomic.Uintptr
	fmt.Println(p.Add(7), p.Swap(3), p.CompareAndSwap(3, 4), p.CompareAndSwap(3, 5), p.And(6), p.Or(1), p.Load())

	var flags atomic.Uint32
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Go(func() { flags.Or(1 << i) })
	}
	wg.Wait()
	fmt.Printf("%08b\n", flags.Load())

	var v atomic.Value
	fmt.Println(v.Load(), v.CompareAndSwap(nil, "a"), v.Load())
	fmt.Println(v.Swap("b"), v.CompareAndSwap("a", "c"), v.CompareAndSwap("b", "c"), v.Load())
}
