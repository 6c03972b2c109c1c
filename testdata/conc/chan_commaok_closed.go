// Tests: receive from closed channel drains buffer then gives zero value and false.
package main

import "fmt"

func main() {
	ch := make(chan string, 2)
	ch <- "x"
	close(ch)
	v, ok := <-ch
	fmt.Printf("%q %v\n", v, ok)
	v, ok = <-ch
	fmt.Printf("%q %v\n", v, ok)
	fmt.Printf("%q\n", <-ch)
}
