// Tests: RWMutex allows readers with RLock and writer with Lock.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	data := map[int]int{}
	var wg sync.WaitGroup
	for i := range 5 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rw.Lock()
			data[i] = i * 10
			rw.Unlock()
		}()
	}
	wg.Wait()
	sum := 0
	for i := range 5 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rw.RLock()
			defer rw.RUnlock()
			_ = data[i]
		}()
	}
	wg.Wait()
	rw.RLock()
	for _, v := range data {
		sum += v
	}
	rw.RUnlock()
	fmt.Println(sum, len(data))
}
