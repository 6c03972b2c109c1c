// Tests: goroutine blocked sending on an unbuffered channel nobody reads while main waits: deadlock.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	ch := make(chan string)
	wg.Add(1)
	go func() {
		defer wg.Done()
		ch <- "result"
	}()
	wg.Wait()
	fmt.Println(<-ch)
}
