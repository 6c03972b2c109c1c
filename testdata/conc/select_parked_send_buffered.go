// Tests: selects parked on a full buffered channel move their values into the buffer in the order they parked, as receivers free slots
package main

import (
	"fmt"
	"time"
)

func main() {
	c := make(chan int, 1)
	c <- 0
	quit := make(chan bool)
	for i := 1; i <= 3; i++ {
		go func(i int) {
			select {
			case c <- i:
			case <-quit:
			}
		}(i)
		time.Sleep(time.Millisecond)
	}
	for i := 0; i < 4; i++ {
		fmt.Println(<-c)
	}
	select {
	case v := <-c:
		fmt.Println("unexpected", v)
	default:
		fmt.Println("empty")
	}
}
