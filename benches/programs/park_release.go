// park_release: 100 000 goroutines parked on one channel, then released
// one by one (each receive readies one parked goroutine; O(1) per
// operation with wait queues, O(goroutines) per operation with polling).
package main

import "fmt"

func main() {
	const n = 100000
	start := make(chan int)
	done := make(chan int)
	for i := 0; i < n; i++ {
		go func(i int) {
			k := <-start
			done <- i + k
		}(i)
	}
	sum := 0
	for i := 0; i < n; i++ {
		start <- 1
		sum += <-done
	}
	fmt.Println("park_release", n, sum)
}
