// Tests: unbuffered channels synchronize a ping-pong exchange.
package main

import "fmt"

func main() {
	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			pong <- v * 2
		}
		close(pong)
	}()
	for i := 1; i <= 3; i++ {
		ping <- i
		fmt.Println(<-pong)
	}
	close(ping)
	_, ok := <-pong
	fmt.Println("pong open:", ok)
}
