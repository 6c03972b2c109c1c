// Tests: closing a chan struct{} broadcasts to many waiting goroutines.
package main

import (
	"fmt"
	"sync"
)

func main() {
	start := make(chan struct{})
	var wg sync.WaitGroup
	var mu sync.Mutex
	n := 0
	for range 5 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			mu.Lock()
			n++
			mu.Unlock()
		}()
	}
	close(start)
	wg.Wait()
	fmt.Println("all started:", n)
}
