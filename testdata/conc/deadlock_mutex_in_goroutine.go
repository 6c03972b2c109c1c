// Tests: a goroutine stuck on a mutex held by main while main waits on WaitGroup: deadlock.
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
	}()
	fmt.Println("waiting")
	wg.Wait()
}
