// Tests: select with both send and receive cases in a loop.
package main

import "fmt"

func main() {
	in := make(chan int)
	out := make(chan int, 10)
	go func() {
		for i := range 5 {
			in <- i
		}
		close(in)
	}()
	pending := 0
	for in != nil {
		select {
		case v, ok := <-in:
			if !ok {
				in = nil
				continue
			}
			pending++
			out <- v * v
		}
	}
	close(out)
	sum := 0
	for v := range out {
		sum += v
	}
	fmt.Println(pending, sum)
}
