// Tests: Unlock of an unlocked RWMutex is a fatal error whose traceback shows sync.fatal and (*RWMutex).Unlock above the caller
package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	rw.Lock()
	rw.Unlock()
	fmt.Println("unlocked once")
	defer fmt.Println("deferred calls do not run after a fatal error")
	rw.Unlock()
}
