// Tests: deep recursion links new stack segments (morestack) and unlinks them on the way back
// @trace: --events stack,sched
// @trace-contiguous
// @trace-plain
package main

import "fmt"

func depth(n int) int {
	if n == 0 {
		return 0
	}
	var pad [8]int
	pad[n%8] = n
	return depth(n-1) + 1 + pad[n%8] - n
}

func main() {
	fmt.Println(depth(60))
}
