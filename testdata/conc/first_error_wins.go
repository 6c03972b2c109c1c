// Tests: collecting the first error from several goroutines with a buffered channel and sync.Once.
package main

import (
	"errors"
	"fmt"
	"sync"
)

func main() {
	var once sync.Once
	var first error
	var wg sync.WaitGroup
	gate := make(chan struct{})
	for i := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if i == 2 {
				once.Do(func() { first = errors.New("task 2 failed") })
				close(gate)
				return
			}
			<-gate
		}()
	}
	wg.Wait()
	fmt.Println("first error:", first)
}
