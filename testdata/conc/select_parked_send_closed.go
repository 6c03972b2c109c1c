// Tests: closing a channel a select is parked sending on makes that select panic with send on closed channel
package main

import (
	"fmt"
	"time"
)

func main() {
	c := make(chan int)
	never := make(chan int)
	go func() {
		time.Sleep(time.Millisecond)
		close(c)
	}()
	fmt.Println("parking")
	select {
	case c <- 1:
		fmt.Println("sent")
	case <-never:
		fmt.Println("never")
	}
}
