// Tests: sending into a full buffered channel with no receiver deadlocks.
package main

import "fmt"

func main() {
	ch := make(chan int, 2)
	ch <- 1
	ch <- 2
	fmt.Println("buffer full", len(ch))
	ch <- 3
}
