// Tests: every goroutine blocked on a channel: fatal error all goroutines are asleep
// @trace-plain
package main

import "fmt"

func main() {
	ch := make(chan int)
	done := make(chan bool)
	go func() {
		v := <-ch
		fmt.Println("got", v)
		<-ch // nobody sends again
		done <- true
	}()
	ch <- 1
	<-done
}
