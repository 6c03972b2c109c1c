// Tests: goroutines write results into distinct slice slots; WaitGroup waits for all.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	res := make([]int, 5)
	for i := range 5 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			res[i] = i * i
		}()
	}
	wg.Wait()
	fmt.Println(res)
}
