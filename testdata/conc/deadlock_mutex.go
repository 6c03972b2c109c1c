// Tests: locking a held Mutex twice deadlocks with sync.Mutex.Lock.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	mu.Lock()
	fmt.Println("locked once")
	mu.Lock()
}
