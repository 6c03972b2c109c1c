// Tests: runtime.Stack shows each parked goroutine's wait reason (channel, select, nil channel, Mutex, RWMutex, WaitGroup, sleep)
package main

import (
	"fmt"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	var rw sync.RWMutex
	var wg sync.WaitGroup
	c := make(chan int)
	d := make(chan int)
	mu.Lock()
	rw.Lock()
	wg.Add(1)
	go func() { c <- 1 }()
	go func() { <-d }()
	go func() {
		select {
		case <-d:
		case d <- 2:
		}
	}()
	go func() {
		var nilc chan int
		<-nilc
	}()
	go func() { select {} }()
	go func() { mu.Lock() }()
	go func() { rw.RLock() }()
	go func() { wg.Wait() }()
	go func() { time.Sleep(time.Hour) }()
	time.Sleep(10 * time.Millisecond)
	// (No variable holds the traceback's length: it depends on code
	// offsets, which the debug-info checker's two builds do not share.)
	buf := make([]byte, 1<<16)
	buf = buf[:runtime.Stack(buf, true)]
	var reasons []string
	for _, line := range strings.Split(string(buf), "\n") {
		if strings.HasPrefix(line, "goroutine ") {
			i := strings.Index(line, "[")
			reasons = append(reasons, line[i:])
		}
	}
	sort.Strings(reasons)
	for _, r := range reasons {
		fmt.Println(r)
	}
}
