// Tests: a panic raised during Goexit's deferred calls crashes the program.
package main

import (
	"runtime"
	"time"
)

func main() {
	go func() {
		defer func() {
			panic("panic during goexit")
		}()
		runtime.Goexit()
	}()
	time.Sleep(100 * time.Millisecond)
}
