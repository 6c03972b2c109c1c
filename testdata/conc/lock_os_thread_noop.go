package main

// runtime.LockOSThread and UnlockOSThread, as programs that need a thread
// of their own call them (a goroutine that locks and exits, nested locks).

import (
	"fmt"
	"runtime"
)

func main() {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	done := make(chan int)
	go func() {
		runtime.LockOSThread()
		runtime.LockOSThread()
		runtime.UnlockOSThread()
		done <- 1
	}()
	fmt.Println(<-done, runtime.NumGoroutine() >= 1)
}
