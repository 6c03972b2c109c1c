// Tests: debug.SetMaxStack returns the previous setting, a negative size included (Go stores it as a uintptr)
package main

import (
	"fmt"
	"runtime/debug"
)

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return depth(n-1) + 1
}

func main() {
	fmt.Println(debug.SetMaxStack(-1))
	fmt.Println(debug.SetMaxStack(1 << 20))
	fmt.Println(debug.SetMaxStack(1 << 62))
	fmt.Println(depth(10000))
	fmt.Println(debug.SetMaxStack(1000000000))
}
