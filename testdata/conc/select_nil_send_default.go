// Tests: select with a send on a nil channel never chooses it; default runs.
package main

import "fmt"

func main() {
	var out chan int
	in := make(chan int)
	for i := range 2 {
		select {
		case out <- i:
			fmt.Println("sent")
		case v := <-in:
			fmt.Println("got", v)
		default:
			fmt.Println("default", i)
		}
	}
}
