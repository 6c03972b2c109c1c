// Tests: a local array under 128 KiB stays in the frame, so deep recursion with it reaches a lowered stack limit
package main

import (
	"fmt"
	"runtime/debug"
)

func f(n int) int {
	var buf [10000]int // 80,000 bytes: stays on the stack
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
