// Tests: runtime.NumGoroutine counts live goroutines; Gosched yields.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	fmt.Println(runtime.NumGoroutine())
	stop := make(chan bool)
	started := make(chan bool)
	for range 3 {
		go func() {
			started <- true
			<-stop
		}()
	}
	for range 3 {
		<-started
	}
	fmt.Println(runtime.NumGoroutine())
	close(stop)
	for runtime.NumGoroutine() > 1 {
		runtime.Gosched()
	}
	fmt.Println(runtime.NumGoroutine())
}
