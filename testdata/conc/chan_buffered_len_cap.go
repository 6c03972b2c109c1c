// Tests: buffered channel len and cap as values are sent and received.
package main

import "fmt"

func main() {
	ch := make(chan int, 3)
	fmt.Println(len(ch), cap(ch))
	ch <- 1
	ch <- 2
	fmt.Println(len(ch), cap(ch))
	fmt.Println(<-ch)
	ch <- 3
	ch <- 4
	fmt.Println(len(ch))
	close(ch)
	for v := range ch {
		fmt.Print(v, " ")
	}
	fmt.Println(len(ch))
}
