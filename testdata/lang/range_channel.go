// Tests: range over a buffered channel until closed.
package main

import "fmt"

func main() {
	ch := make(chan string, 3)
	ch <- "a"
	ch <- "b"
	ch <- "c"
	close(ch)
	for s := range ch {
		fmt.Print(s)
	}
	fmt.Println()
	v, ok := <-ch
	fmt.Printf("%q %v\n", v, ok)
}
