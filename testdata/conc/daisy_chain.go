// Tests: a chain of 5000 goroutines linked by unbuffered channels passes values end to end, then closes down the chain
package main

import "fmt"

func whisper(left, right chan int) {
	for v := range right {
		left <- v + 1
	}
	close(left)
}

func main() {
	const n = 5000
	leftmost := make(chan int)
	right := leftmost
	left := leftmost
	for i := 0; i < n; i++ {
		right = make(chan int)
		go whisper(left, right)
		left = right
	}
	for r := 0; r < 3; r++ {
		right <- r * 1000
		fmt.Println(<-leftmost)
	}
	close(right)
	_, ok := <-leftmost
	fmt.Println("closed:", !ok)
}
