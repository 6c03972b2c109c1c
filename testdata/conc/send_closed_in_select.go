// Tests: a select send case on a closed channel panics.
package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	close(ch)
	fmt.Println("selecting")
	select {
	case ch <- 1:
		fmt.Println("sent")
	default:
		fmt.Println("default")
	}
}
