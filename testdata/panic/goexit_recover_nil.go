// Tests: recover during Goexit returns nil and Goexit continues.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	done := make(chan bool)
	go func() {
		defer close(done)
		defer func() { fmt.Println("recover:", recover()) }()
		runtime.Goexit()
	}()
	<-done
	fmt.Println("end")
}
