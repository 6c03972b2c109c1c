// Tests: runtime timers: Stop and Reset report whether the timer was pending (a fired, unreceived value counts, and is discarded), AfterFunc runs in its own goroutine, tickers tick and stop, context.WithTimeout expires, a pending AfterFunc is not a deadlock
package main

import (
	"context"
	"fmt"
	"runtime"
	"time"
)

func main() {
	t := time.NewTimer(time.Hour)
	fmt.Println("stop pending:", t.Stop(), "again:", t.Stop())
	t = time.NewTimer(time.Millisecond)
	time.Sleep(20 * time.Millisecond)
	fmt.Println("stop fired, unreceived:", t.Stop())
	select {
	case <-t.C:
		fmt.Println("stale value received")
	default:
		fmt.Println("no stale value")
	}
	fmt.Println("reset stopped:", t.Reset(10*time.Millisecond))
	<-t.C
	fmt.Println("fired after reset")

	done := make(chan int)
	for i := 3; i >= 1; i-- {
		time.AfterFunc(time.Duration(i)*10*time.Millisecond, func() { done <- i })
	}
	fmt.Println(<-done, <-done, <-done)

	tk := time.NewTicker(10 * time.Millisecond)
	for i := 0; i < 3; i++ {
		<-tk.C
	}
	tk.Stop()
	fmt.Println("ticked 3 times")

	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Millisecond)
	defer cancel()
	<-ctx.Done()
	fmt.Println(ctx.Err())

	for i := 0; i < 1000; i++ {
		time.NewTimer(time.Hour)
		time.AfterFunc(time.Hour, func() {}).Stop()
	}
	fmt.Println("goroutines:", runtime.NumGoroutine())

	ch := make(chan string)
	time.AfterFunc(40*time.Millisecond, func() { ch <- "woken by AfterFunc" })
	fmt.Println(<-ch)
}
