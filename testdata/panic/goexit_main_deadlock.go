// Tests: Goexit in main after other goroutines finish gives the no goroutines fatal error.
package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	go func() {
		time.Sleep(10 * time.Millisecond)
		fmt.Println("goroutine done")
	}()
	defer fmt.Println("main defer runs")
	runtime.Goexit()
}
