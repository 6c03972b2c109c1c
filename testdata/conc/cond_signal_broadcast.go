// Tests: sync.Cond: Signal wakes one waiter (even one that has its ticket but is not parked yet), Broadcast all the rest; a producer/consumer queue on a Cond
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	var wg sync.WaitGroup
	waiting, woken := 0, 0
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			waiting++
			c.Wait()
			woken++
			mu.Unlock()
		}()
	}
	for {
		mu.Lock()
		n := waiting
		mu.Unlock()
		if n == 5 {
			break
		}
		runtime.Gosched()
	}
	c.Signal()
	c.Signal()
	mu.Lock()
	c.Broadcast()
	mu.Unlock()
	wg.Wait()
	fmt.Println("woken", woken)

	// A bounded queue with two conditions.
	var queue []int
	notEmpty := sync.NewCond(&mu)
	notFull := sync.NewCond(&mu)
	done := make(chan int)
	go func() {
		sum := 0
		for k := 0; k < 100; k++ {
			mu.Lock()
			for len(queue) == 0 {
				notEmpty.Wait()
			}
			sum += queue[0]
			queue = queue[1:]
			notFull.Signal()
			mu.Unlock()
		}
		done <- sum
	}()
	for k := 0; k < 100; k++ {
		mu.Lock()
		for len(queue) == 3 {
			notFull.Wait()
		}
		queue = append(queue, k)
		notEmpty.Signal()
		mu.Unlock()
	}
	fmt.Println("sum", <-done)
}
