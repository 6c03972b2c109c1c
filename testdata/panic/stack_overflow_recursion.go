// Tests: unbounded recursion with large frames is a fatal stack overflow, not recoverable.
package main

import "fmt"

func deep(n int) int {
	var buf [512]int
	buf[n%512] = n
	return deep(n+1) + buf[(n+3)%512]
}

func main() {
	defer func() {
		fmt.Println("recover?", recover())
	}()
	fmt.Println(deep(0))
}
