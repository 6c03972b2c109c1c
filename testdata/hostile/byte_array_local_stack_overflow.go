// Tests: deep recursion with a [256]byte local reaches the stack limit (the array costs 256 bytes, not 256 values)
package main

import (
	"fmt"
	"runtime/debug"
)

func f(n int) byte {
	var buf [256]byte
	buf[n%256] = byte(n)
	return f(n+1) + buf[3]
}

func main() {
	debug.SetMaxStack(1 << 20)
	fmt.Println(f(0))
}
