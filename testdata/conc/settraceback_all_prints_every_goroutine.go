// Tests: debug.SetTraceback("all"): the panic's traceback is followed by every other goroutine, blocked in a receive, a sleep and an empty select (gc inlines a function started with arguments into its gowrap).
package main

import (
	"fmt"
	"runtime/debug"
	"time"
)

func worker(c chan int) {
	<-c
}

func sleeper() {
	time.Sleep(time.Hour)
}

func main() {
	debug.SetTraceback("all")
	c := make(chan int)
	go worker(c)
	go sleeper()
	go func() {
		select {}
	}()
	time.Sleep(10 * time.Millisecond)
	fmt.Println("boom soon")
	panic("boom")
}
