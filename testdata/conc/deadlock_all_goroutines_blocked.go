// Tests: deadlock where workers block on a channel nobody writes and main waits on WaitGroup.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	ch := make(chan int)
	for range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-ch
		}()
	}
	fmt.Println("waiting")
	wg.Wait()
}
