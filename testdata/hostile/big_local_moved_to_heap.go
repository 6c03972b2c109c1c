// Tests: a local array larger than 128 KiB is moved to the heap by gc, so it does not count against the goroutine's stack limit
package main

import (
	"fmt"
	"runtime/debug"
)

func f(n int) int {
	var buf [20000]int // 160,000 bytes: too large for the stack
	buf[n] = n
	if n == 0 {
		return buf[0]
	}
	return f(n-1) + buf[n]
}

func main() {
	debug.SetMaxStack(1 << 20)
	fmt.Println(f(50))
}
