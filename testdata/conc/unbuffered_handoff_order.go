// Tests: a send to a parked receiver hands the value over and the sender keeps running (chansend's direct send), so its next print comes before the receiver's; the receiver then runs next
package main

import (
	"fmt"
	"runtime"
)

func main() {
	// One P, so that real Go is deterministic too: with several, another
	// P may steal the readied receiver while the sender prints.
	runtime.GOMAXPROCS(1)
	ch := make(chan int)
	done := make(chan bool)
	go func() {
		for i := 0; i < 4; i++ {
			ch <- i
			fmt.Println("sent", i)
		}
		close(ch)
		fmt.Println("closed")
		done <- true
	}()
	for v := range ch {
		fmt.Println("recv", v)
	}
	<-done
	fmt.Println("goroutines:", runtime.NumGoroutine())
	res := make(chan string)
	go func() {
		select {
		case res <- "from select":
			fmt.Println("select sent")
		}
	}()
	fmt.Println(<-res)
}
