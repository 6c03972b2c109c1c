// Tests: a parked select's cases that were not taken do not swallow later operations on their channels
package main

import "fmt"

func main() {
	a := make(chan int)
	b := make(chan int)
	done := make(chan string)
	for i := 0; i < 3; i++ {
		go func() {
			select {
			case a <- 1:
				done <- "sent on a"
			case v := <-b:
				done <- fmt.Sprint("received from b ", v)
			}
		}()
	}
	// Each select takes case a: their receive cases on b go stale.
	for i := 0; i < 3; i++ {
		fmt.Println(<-a, <-done)
	}
	// A send on b now needs a live receiver: none of the finished selects.
	go func() { b <- 42 }()
	fmt.Println("main received", <-b)
	// And a buffered channel with stale senders from finished selects.
	c := make(chan int, 1)
	d := make(chan int)
	go func() {
		for i := 0; i < 5; i++ {
			select {
			case c <- 100 + i:
			case d <- i:
			}
		}
		close(d)
	}()
	sum := 0
	for v := range d {
		sum += v
		if len(c) == 1 {
			sum += <-c
		}
	}
	fmt.Println("sum ok:", sum > 0)
}
