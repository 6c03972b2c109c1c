// Tests: unbuffered and buffered channels, close, range over a channel, comma-ok receive.
package main

import "fmt"

func producer(n int, out chan<- int) {
	for i := range n {
		out <- i * 10
	}
	close(out)
}

func main() {
	ch := make(chan int)
	go producer(4, ch)
	for v := range ch {
		fmt.Print(v, " ")
	}
	fmt.Println()
	v, ok := <-ch
	fmt.Println(v, ok)
	b := make(chan string, 2)
	b <- "x"
	b <- "y"
	fmt.Println(len(b), cap(b), <-b, <-b)
}
