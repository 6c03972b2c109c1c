// Tests: main blocked on receive with no senders: deadlock, chan receive wait reason.
package main

import "fmt"

func main() {
	ch := make(chan int)
	fmt.Println("about to block")
	<-ch
}
