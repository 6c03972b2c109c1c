// Tests: Lock while holding RLock in the same goroutine deadlocks.
package main

import "sync"

func main() {
	var rw sync.RWMutex
	rw.RLock()
	rw.Lock()
}
