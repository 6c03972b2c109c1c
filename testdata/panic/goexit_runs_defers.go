// Tests: runtime.Goexit runs deferred calls in the goroutine and ends only it.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	done := make(chan bool)
	go func() {
		defer close(done)
		defer fmt.Println("deferred in goroutine")
		func() {
			defer fmt.Println("inner defer")
			runtime.Goexit()
		}()
		fmt.Println("unreachable")
	}()
	<-done
	fmt.Println("main done")
}
