// Tests: closing a channel wakes all blocked receivers with zero values.
package main

import (
	"fmt"
	"sync"
)

func main() {
	ch := make(chan int)
	var wg sync.WaitGroup
	results := make([]bool, 3)
	for i := range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, ok := <-ch
			results[i] = ok
		}()
	}
	close(ch)
	wg.Wait()
	fmt.Println(results)
}
