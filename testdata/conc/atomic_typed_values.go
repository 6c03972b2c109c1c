// Tests: atomic.Int32, Uint64, Pointer and Swap/CompareAndSwap return values.
package main

import (
	"fmt"
	"sync/atomic"
)

type Config struct{ Name string }

func main() {
	var i atomic.Int32
	fmt.Println(i.Add(5), i.Swap(9), i.Load(), i.CompareAndSwap(9, 1), i.Load())
	var u atomic.Uint64
	u.Store(1 << 40)
	fmt.Println(u.Add(1), u.Load())
	var p atomic.Pointer[Config]
	fmt.Println(p.Load() == nil)
	p.Store(&Config{"a"})
	old := p.Swap(&Config{"b"})
	fmt.Println(old.Name, p.Load().Name)
}
