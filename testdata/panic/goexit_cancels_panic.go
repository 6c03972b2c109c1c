// Tests: calling Goexit from a deferred func while panicking cancels the panic.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	done := make(chan bool)
	go func() {
		defer close(done)
		defer runtime.Goexit()
		panic("cancelled")
	}()
	<-done
	fmt.Println("main survives")
}
