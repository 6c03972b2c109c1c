// Tests: a select parked on send cases is found by a receiver that does not wait (select with default), as Go's sudogs in sendq are
package main

import (
	"fmt"
	"runtime"
)

func main() {
	c := make(chan int)
	d := make(chan int)
	done := make(chan bool)
	go func() {
		defer close(done)
		select {
		case c <- 42:
			fmt.Println("sent on c")
		case d <- 43:
			fmt.Println("sent on d")
		}
	}()
	for i := 0; ; i++ {
		select {
		case v := <-c:
			fmt.Println("got", v, i > 0)
			<-done
			return
		default:
			runtime.Gosched()
		}
	}
}
