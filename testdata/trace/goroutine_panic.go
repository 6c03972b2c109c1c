// Tests: an unrecovered panic in another goroutine ends the whole program; main's deferred recover never runs
// @trace-plain
package main

import (
	"fmt"
	"time"
)

func worker(n int) {
	defer fmt.Println("worker's deferred call runs")
	if n > 2 {
		panic(fmt.Sprintf("worker failed at %d", n))
	}
}

func main() {
	defer func() {
		fmt.Println("main recovers:", recover())
	}()
	go worker(3)
	time.Sleep(time.Second)
	fmt.Println("not reached")
}
