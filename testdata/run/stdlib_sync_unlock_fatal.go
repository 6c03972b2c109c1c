// Tests: unlocking an unlocked sync.Mutex is a fatal error (not a panic): deferred calls do not run, recover cannot stop it.
package main

import (
	"fmt"
	"sync"
)

func main() {
	defer func() {
		fmt.Println("recovered?", recover())
	}()
	var mu sync.Mutex
	mu.Lock()
	mu.Unlock()
	fmt.Println("unlocked once")
	mu.Unlock()
}
