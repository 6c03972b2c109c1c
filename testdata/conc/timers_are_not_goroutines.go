// Tests: timers and tickers are not goroutines: NumGoroutine leaves them out, a select with time.After times out, and a program blocked forever with an active ticker nobody receives from is still a deadlock (Go 1.23+ timer channels)
package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	t := time.NewTicker(10 * time.Millisecond)
	timer := time.NewTimer(time.Hour)
	fmt.Println("goroutines:", runtime.NumGoroutine())
	ch := make(chan int)
	go func() {
		time.Sleep(500 * time.Millisecond) // far from the 5 ms timeout, even on a loaded machine
		ch <- 7
	}()
	select {
	case v := <-ch:
		fmt.Println("value", v)
	case <-time.After(5 * time.Millisecond):
		fmt.Println("timeout")
	}
	fmt.Println("value", <-ch)
	<-t.C
	fmt.Println("tick; goroutines:", runtime.NumGoroutine())
	timer.Stop()
	block := make(chan struct{})
	<-block
}
