// Tests: closing a channel with a blocked sender makes the sender panic.
package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int)
	go func() {
		ch <- 1
	}()
	time.Sleep(10 * time.Millisecond)
	fmt.Println("closing")
	close(ch)
	time.Sleep(time.Second)
}
