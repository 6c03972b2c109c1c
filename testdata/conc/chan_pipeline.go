// Tests: a three-stage pipeline of goroutines connected by channels.
package main

import "fmt"

func gen(n int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 1; i <= n; i++ {
			out <- i
		}
	}()
	return out
}

func sq(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for v := range in {
			out <- v * v
		}
	}()
	return out
}

func main() {
	sum := 0
	for v := range sq(sq(gen(4))) {
		fmt.Println(v)
		sum += v
	}
	fmt.Println("sum", sum)
}
