// Tests: Goexit runs defers of all frames in LIFO order then the goroutine ends.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func level(n int) {
	defer fmt.Println("level", n, "defer")
	if n == 0 {
		runtime.Goexit()
	}
	level(n - 1)
	fmt.Println("unreachable", n)
}

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		level(2)
	}()
	wg.Wait()
	fmt.Println("main done")
}
