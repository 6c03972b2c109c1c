// Tests: send on closed channel panics, unrecovered.
package main

func main() {
	ch := make(chan int, 1)
	close(ch)
	ch <- 1
}
