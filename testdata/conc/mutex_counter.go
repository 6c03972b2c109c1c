// Tests: Mutex protects a shared counter across many goroutines.
package main

import (
	"fmt"
	"sync"
)

type Counter struct {
	mu sync.Mutex
	n  map[string]int
}

func (c *Counter) Inc(k string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n[k]++
}

func main() {
	c := Counter{n: map[string]int{}}
	var wg sync.WaitGroup
	for i := range 100 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.Inc([]string{"a", "b"}[i%2])
		}()
	}
	wg.Wait()
	fmt.Println(c.n)
}
