// Tests: a panic in the third goroutine shows its header id in the traceback block.
package main

import (
	"fmt"
	"time"
)

func main() {
	ready := make(chan bool)
	go func() { ready <- true; select {} }()
	<-ready
	go func() {
		fmt.Println("second goroutine panics")
		panic("g3")
	}()
	time.Sleep(time.Second)
}
