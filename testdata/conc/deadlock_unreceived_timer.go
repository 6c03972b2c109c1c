// Tests: a pending timer whose channel nobody receives from does not keep a blocked program alive (deadlock), a sleeping goroutine does
package main

import (
	"fmt"
	"time"
)

func main() {
	c := make(chan int)
	go func() {
		time.Sleep(50 * time.Millisecond)
		c <- 7
	}()
	fmt.Println("got", <-c)
	t := time.NewTimer(time.Hour)
	_ = t
	<-c
}
