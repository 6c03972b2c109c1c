// many_goroutines: 1000 goroutines alive at once, each blocked on a
// channel until main releases them, then collected through a second channel.
package main

import "fmt"

func main() {
	const n = 1000
	start := make(chan int)
	done := make(chan int, 64)
	for i := 0; i < n; i++ {
		go func(i int) {
			k := <-start
			done <- i + k
		}(i)
	}
	go func() {
		for i := 0; i < n; i++ {
			start <- 1
		}
	}()
	sum := 0
	for i := 0; i < n; i++ {
		sum += <-done
	}
	fmt.Println("many_goroutines", n, sum)
}
