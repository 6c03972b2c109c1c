// Tests: close of closed channel inside a goroutine: panic with created by.
package main

import (
	"fmt"
	"time"
)

func closer(ch chan int) {
	close(ch)
}

func main() {
	ch := make(chan int)
	close(ch)
	go closer(ch)
	time.Sleep(time.Second)
	fmt.Println("unreachable")
}
