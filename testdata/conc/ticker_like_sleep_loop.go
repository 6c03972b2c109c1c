// Tests: two goroutines sleeping in loops interleave by virtual time.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	var log []string
	var wg sync.WaitGroup
	tick := func(name string, every time.Duration, n int) {
		defer wg.Done()
		for i := 1; i <= n; i++ {
			time.Sleep(every)
			mu.Lock()
			log = append(log, fmt.Sprint(name, i))
			mu.Unlock()
		}
	}
	wg.Add(2)
	go tick("a", 200*time.Millisecond, 3)
	go tick("b", 500*time.Millisecond, 2)
	wg.Wait()
	fmt.Println(log)
}
