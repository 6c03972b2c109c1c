// Tests: deadlock report with goroutines parked in sync.WaitGroup.Wait and sync.Mutex.Lock (wait reasons and frames).
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	mu.Lock()
	wg.Add(1)
	go func() {
		defer wg.Done()
		mu.Lock()
		fmt.Println("never")
	}()
	wg.Wait()
}
