// Tests: RWMutex.Lock waits first on its writer mutex when another writer holds it: the deadlock traceback shows internal/sync's Mutex frames under RWMutex.Lock.
package main

import (
	"sync"
	"time"
)

var rw sync.RWMutex

func main() {
	rw.Lock()
	go func() { rw.Lock() }()
	time.Sleep(time.Millisecond)
	var mu sync.Mutex
	mu.Lock()
	mu.Lock()
}
