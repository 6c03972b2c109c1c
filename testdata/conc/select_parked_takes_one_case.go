// Tests: a parked select with send and receive cases takes exactly one: once a receiver took its send, a sender must find another receiver
package main

import (
	"fmt"
	"time"
)

func main() {
	out := make(chan int)
	in := make(chan int)
	done := make(chan string)
	go func() {
		select {
		case out <- 1:
			done <- "select sent on out"
		case v := <-in:
			done <- fmt.Sprint("select received ", v)
		}
	}()
	time.Sleep(10 * time.Millisecond)
	fmt.Println("main received", <-out)
	fmt.Println(<-done)
	select {
	case in <- 2:
		fmt.Println("nobody should receive this")
	default:
		fmt.Println("no receiver left on in")
	}
}
