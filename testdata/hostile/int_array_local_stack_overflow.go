// Tests: deep recursion with a [256]int local reaches the stack limit (the array costs 2 KiB, not 256 values)
package main

import (
	"fmt"
	"runtime/debug"
)

func f(n int) int {
	var buf [256]int
	buf[n%256] = n
	return f(n+1) + buf[(n+1)%256]
}

func main() {
	debug.SetMaxStack(1 << 22)
	fmt.Println(f(0))
}
