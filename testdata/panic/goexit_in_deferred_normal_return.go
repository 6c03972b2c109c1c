// Tests: Goexit called from a deferred function during a normal return still runs the remaining defers.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	done := make(chan bool)
	go func() {
		defer close(done)
		defer fmt.Println("remaining defer")
		defer runtime.Goexit()
		fmt.Println("body returns normally")
	}()
	<-done
	fmt.Println("main done")
}
