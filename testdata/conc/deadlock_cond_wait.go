// Tests: a goroutine parked in sync.Cond.Wait that nobody signals: deadlock, with Go's wait reason
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	ready := false
	mu.Lock()
	for !ready {
		fmt.Println("waiting")
		c.Wait()
	}
}
