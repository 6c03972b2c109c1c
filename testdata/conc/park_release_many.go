// Tests: 20000 goroutines parked on one channel, released one at a time, each answering once
package main

import "fmt"

func main() {
	const n = 20000
	start := make(chan int)
	done := make(chan int)
	for i := 0; i < n; i++ {
		go func(i int) {
			k := <-start
			done <- i * k
		}(i)
	}
	sum := 0
	for i := 0; i < n; i++ {
		start <- 2
		sum += <-done
	}
	fmt.Println(n, sum)
}
