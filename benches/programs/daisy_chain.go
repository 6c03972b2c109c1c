// daisy_chain: a linear chain of 10 000 goroutines linked by unbuffered
// channels (Rob Pike's "daisy chain"); a value passes down the chain 10
// times. Every hop is one receive and one send.
package main

import "fmt"

func whisper(left, right chan int) {
	for v := range right {
		left <- v + 1
	}
	close(left)
}

func main() {
	const n = 10000
	leftmost := make(chan int)
	right := leftmost
	left := leftmost
	for i := 0; i < n; i++ {
		right = make(chan int)
		go whisper(left, right)
		left = right
	}
	sum := 0
	for r := 0; r < 10; r++ {
		right <- r
		sum += <-leftmost
	}
	close(right)
	<-leftmost
	fmt.Println("daisy_chain", n, sum)
}
