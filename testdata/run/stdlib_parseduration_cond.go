// Tests: time.ParseDuration values and errors, sync.Cond Broadcast, strings.SplitSeq.
package main

import (
	"fmt"
	"strings"
	"sync"
	"time"
)

func main() {
	for _, s := range []string{"1h30m", "1.5s", "300ms", "-2h45m10.5s", "1µs", "bad", "", "10x", "0"} {
		d, err := time.ParseDuration(s)
		fmt.Println(d, err)
	}
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	ready := false
	done := make(chan bool)
	for i := 0; i < 3; i++ {
		go func() {
			mu.Lock()
			for !ready {
				c.Wait()
			}
			mu.Unlock()
			done <- true
		}()
	}
	time.Sleep(time.Millisecond)
	mu.Lock()
	ready = true
	c.Broadcast()
	mu.Unlock()
	for i := 0; i < 3; i++ {
		<-done
	}
	fmt.Println("all woke")
	n := 0
	strings.SplitSeq("a,b,c", ",")(func(s string) bool { n++; return true })
	fmt.Println(n)
}
