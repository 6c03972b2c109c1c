// Tests: goroutines sleeping different durations wake in order of duration.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	var order []int
	for _, d := range []int{300, 100, 200} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			time.Sleep(time.Duration(d) * time.Millisecond)
			mu.Lock()
			order = append(order, d)
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println(order)
}
