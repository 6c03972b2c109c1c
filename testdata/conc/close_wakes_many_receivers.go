// Tests: close readies every goroutine parked on the channel, plain receivers and selects alike, each with the zero value
package main

import (
	"fmt"
	"sync"
)

func main() {
	const n = 2000
	c := make(chan int)
	other := make(chan int)
	var wg sync.WaitGroup
	var mu sync.Mutex
	zeros, notOK, selected := 0, 0, 0
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			var v int
			var ok bool
			if i%2 == 0 {
				v, ok = <-c
			} else {
				select {
				case v, ok = <-c:
					mu.Lock()
					selected++
					mu.Unlock()
				case <-other:
					panic("other is never ready")
				}
			}
			mu.Lock()
			if v == 0 {
				zeros++
			}
			if !ok {
				notOK++
			}
			mu.Unlock()
		}(i)
	}
	close(c)
	wg.Wait()
	fmt.Println(zeros, notOK, selected)
}
