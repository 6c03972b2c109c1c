// Tests: a select send case on a receive-only channel
package main

func main() {
	var r <-chan int
	select {
	case r <- 1:
	default:
	}
}
