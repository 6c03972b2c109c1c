// Tests: after a sleeping goroutine finishes, main's block becomes a deadlock.
package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int)
	go func() {
		time.Sleep(20 * time.Millisecond)
		fmt.Println("slept")
	}()
	<-ch
}
