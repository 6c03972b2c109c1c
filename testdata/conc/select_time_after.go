// Tests: select with time.After timeout when the worker is slow.
package main

import (
	"fmt"
	"time"
)

func main() {
	res := make(chan string)
	go func() {
		time.Sleep(200 * time.Millisecond)
		res <- "slow"
	}()
	select {
	case r := <-res:
		fmt.Println(r)
	case <-time.After(50 * time.Millisecond):
		fmt.Println("timeout")
	}
}
