// Tests: select picks a ready case, or default when none is ready.
package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	select {
	case v := <-ch:
		fmt.Println("got", v)
	default:
		fmt.Println("nothing ready")
	}
	ch <- 7
	select {
	case v := <-ch:
		fmt.Println("got", v)
	default:
		fmt.Println("nothing ready")
	}
	done := make(chan struct{})
	res := make(chan string)
	go func() {
		res <- "work"
		close(done)
	}()
	fmt.Println(<-res)
	<-done
	fmt.Println("done")
}
