// Tests: producer fills a buffered channel; consumer reads in FIFO order.
package main

import "fmt"

func main() {
	jobs := make(chan int, 5)
	results := make(chan int, 5)
	go func() {
		for j := range jobs {
			results <- j * 100
		}
		close(results)
	}()
	for i := range 5 {
		jobs <- i
	}
	close(jobs)
	for r := range results {
		fmt.Println(r)
	}
}
