// Lesson 5: runtime.Goexit runs the goroutine's deferred calls and ends
// only that goroutine. It is not a panic: recover returns nil.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func worker(wg *sync.WaitGroup) {
	defer wg.Done()
	defer fmt.Println("worker: deferred call runs")
	defer func() {
		fmt.Println("worker: recover during Goexit returns", recover())
	}()
	runtime.Goexit()
	fmt.Println("never printed")
}

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go worker(&wg)
	wg.Wait()
	fmt.Println("main: the worker ended, main goes on")
}
