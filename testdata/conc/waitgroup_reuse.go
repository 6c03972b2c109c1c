// Tests: a WaitGroup reused for two rounds of goroutines.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	for round := 1; round <= 2; round++ {
		results := make([]int, 3)
		for i := range 3 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				results[i] = round * (i + 1)
			}()
		}
		wg.Wait()
		fmt.Println("round", round, results)
	}
}
