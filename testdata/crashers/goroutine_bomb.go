// Fuzz-lite find (mutated corpus case): 2^31 goroutines that block at once: --max-steps never fires (steps counted only on preemption) and there is no goroutine limit.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	ch := make(chan int)
	for range 1<<31 {
		wg.Add(1)
		go func() {
	defer wg.Done()
			<-ch
		}()
	}
	fmt.Println("waiting")
	wg.Wait()
}
