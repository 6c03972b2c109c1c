// Tests: ranging over a channel that is never closed deadlocks after the values.
package main

import "fmt"

func main() {
	ch := make(chan int)
	go func() {
		for i := range 1<<31 {
			ch <- i
		}
	}()
	for v := range ch {
		fmt.Println(v)
	}
}
