// Tests: go statement arguments are evaluated at the go statement.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	x := 1
	wg.Add(1)
	go func(v int) {
		defer wg.Done()
		fmt.Println("arg", v)
	}(x)
	x = 2
	wg.Wait()
	fmt.Println("x", x)
}
