// Tests: sync.Map's Swap, CompareAndSwap and CompareAndDelete (present, absent and mismatched keys)
package main

import (
	"fmt"
	"sync"
)

func main() {
	var m sync.Map
	fmt.Println(m.Swap("a", 1))
	fmt.Println(m.Swap("a", 2))
	fmt.Println(m.CompareAndSwap("a", 1, 10))
	fmt.Println(m.CompareAndSwap("a", 2, 20))
	fmt.Println(m.CompareAndSwap("missing", nil, 1))
	v, ok := m.Load("a")
	fmt.Println(v, ok)
	fmt.Println(m.CompareAndDelete("a", 2))
	fmt.Println(m.CompareAndDelete("missing", nil))
	fmt.Println(m.CompareAndDelete("a", 20))
	v, ok = m.Load("a")
	fmt.Println(v, ok)
	m.Store("k", "v")
	fmt.Println(m.CompareAndSwap("k", "v", "w"))
	m.Range(func(k, v any) bool {
		fmt.Println(k, v)
		return true
	})
}
