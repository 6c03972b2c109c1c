// Tests: several goroutines waiting on the same WaitGroup are all released.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var work, waiters sync.WaitGroup
	work.Add(1)
	released := make(chan int, 3)
	for i := range 3 {
		waiters.Add(1)
		go func() {
			defer waiters.Done()
			work.Wait()
			released <- i
		}()
	}
	work.Done()
	waiters.Wait()
	close(released)
	sum := 0
	for v := range released {
		sum += v
	}
	fmt.Println("released sum", sum)
}
