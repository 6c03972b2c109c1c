// Tests: a panic during Goexit's defers that is recovered lets Goexit continue.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	done := make(chan bool)
	go func() {
		defer close(done)
		defer fmt.Println("after recover, goexit continues")
		defer func() {
			fmt.Println("recovered:", recover())
		}()
		defer func() {
			panic("during goexit")
		}()
		runtime.Goexit()
	}()
	<-done
	fmt.Println("main ok")
}
