// Tests: RUnlock of an unlocked RWMutex is a fatal error.
package main

import "sync"

func main() {
	var rw sync.RWMutex
	rw.RUnlock()
}
