// Tests: WaitGroup never reaching zero deadlocks with sync.WaitGroup.Wait.
package main

import "sync"

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	go wg.Done()
	wg.Wait()
}
