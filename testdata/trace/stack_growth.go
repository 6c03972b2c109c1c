// Tests: a recursion with big frames outgrows the first stack segment: morestack links new segments, returns unlink them
// @trace-contiguous
// @trace-plain
package main

import "fmt"

func sum(n int) int {
	var buf [64]int
	buf[n%64] = n
	if n == 0 {
		return 0
	}
	return buf[n%64] + sum(n-1)
}

func main() {
	fmt.Println(sum(8))
}
