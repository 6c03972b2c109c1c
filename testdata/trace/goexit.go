// Tests: runtime.Goexit runs the goroutine's deferred calls; recover returns nil during Goexit
// @unwind-report
// @trace-plain
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func worker(wg *sync.WaitGroup) {
	defer wg.Done()
	defer func() {
		fmt.Println("recover during Goexit:", recover())
	}()
	defer fmt.Println("worker: deferred print")
	runtime.Goexit()
	fmt.Println("not reached")
}

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go worker(&wg)
	wg.Wait()
	fmt.Println("main: worker finished")
}
