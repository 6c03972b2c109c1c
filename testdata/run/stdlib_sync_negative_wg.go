// Tests: a negative sync.WaitGroup counter panics with a plain string value that recover returns.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	func() {
		defer func() {
			r := recover()
			fmt.Printf("%T %v\n", r, r)
		}()
		wg.Add(1)
		wg.Done()
		wg.Done()
	}()
	wg.Add(-1)
}
