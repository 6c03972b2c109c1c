// Tests: goroutines that block on channels every few instructions move the clock, so a sleeping main wakes while they serve requests
package main

import (
	"fmt"
	"sync/atomic"
	"time"
)

type request struct {
	key  int
	resp chan int
}

func main() {
	var served atomic.Int64
	requests := make(chan request)
	// The state goroutine: it owns the map and answers requests forever.
	go func() {
		state := map[int]int{}
		for r := range requests {
			state[r.key]++
			served.Add(1)
			r.resp <- state[r.key]
		}
	}()
	// 100 clients that never sleep: each request blocks on a channel.
	for c := 0; c < 100; c++ {
		go func() {
			resp := make(chan int)
			for k := 0; ; k++ {
				requests <- request{key: (c + k) % 5, resp: resp}
				<-resp
			}
		}()
	}
	start := time.Now()
	time.Sleep(20 * time.Millisecond)
	fmt.Println("woke after the sleep:", time.Since(start) >= 20*time.Millisecond)
	fmt.Println("served more than 100 requests:", served.Load() > 100)
}
