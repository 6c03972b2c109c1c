// Tests: an unbuffered send completes only after the receiver is ready (ordering via prints).
package main

import "fmt"

func main() {
	ch := make(chan int)
	done := make(chan bool)
	go func() {
		fmt.Println("receiver ready")
		v := <-ch
		fmt.Println("received", v)
		done <- true
	}()
	ch <- 42
	<-done
	fmt.Println("sender done")
}
