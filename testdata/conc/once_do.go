// Tests: sync.Once runs the function exactly once across goroutines.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var once sync.Once
	var wg sync.WaitGroup
	count := 0
	for range 10 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(func() { count++ })
		}()
	}
	wg.Wait()
	once.Do(func() { count += 100 })
	fmt.Println(count)
}
