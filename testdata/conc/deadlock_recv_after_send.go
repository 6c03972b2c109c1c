// Tests: the deadlock report shows each parked goroutine at the line of the
// operation it blocks on, also when the instruction before it belongs to the
// previous line (main's send completed; it blocks on the next receive).
package main

import "fmt"

func main() {
	ch := make(chan int)
	done := make(chan bool)
	go func() {
		v := <-ch
		fmt.Println("got", v)
		<-ch
		done <- true
	}()
	ch <- 1
	<-done
}
