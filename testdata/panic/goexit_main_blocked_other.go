// Tests: Goexit in main while another goroutine is blocked forever gives all goroutines asleep.
package main

import "runtime"

func main() {
	ch := make(chan int)
	go func() {
		<-ch
	}()
	runtime.Goexit()
}
