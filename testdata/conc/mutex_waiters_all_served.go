// Tests: goroutines parked in Mutex.Lock and RWMutex.RLock are all woken by Unlock and WaitGroup.Wait returns once the counter is zero
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	var rw sync.RWMutex
	var wg sync.WaitGroup
	count, reads := 0, 0
	mu.Lock()
	rw.Lock()
	for i := 0; i < 500; i++ {
		wg.Add(2)
		go func() {
			defer wg.Done()
			mu.Lock()
			count++
			mu.Unlock()
		}()
		go func() {
			defer wg.Done()
			rw.RLock()
			mu.Lock()
			reads++
			mu.Unlock()
			rw.RUnlock()
		}()
	}
	mu.Unlock()
	rw.Unlock()
	var waiters sync.WaitGroup
	for i := 0; i < 3; i++ {
		waiters.Add(1)
		go func() {
			defer waiters.Done()
			wg.Wait()
		}()
	}
	wg.Wait()
	waiters.Wait()
	rw.Lock()
	fmt.Println(count, reads)
	rw.Unlock()
}
