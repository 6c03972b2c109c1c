// Tests: Goexit in main with a deferred recover: recover returns nil, then no-goroutines deadlock.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	defer func() {
		fmt.Println("recover in main:", recover())
	}()
	runtime.Goexit()
}
