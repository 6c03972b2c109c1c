// Tests: a panicking goroutine runs its own defers; main's defers do not run.
package main

import (
	"fmt"
	"time"
)

func main() {
	defer fmt.Println("main defer: never")
	go func() {
		defer fmt.Println("goroutine defer 1")
		defer fmt.Println("goroutine defer 2")
		panic("worker crash")
	}()
	time.Sleep(time.Second)
}
