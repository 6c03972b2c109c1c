// Tests: sync.Once whose function panics: later Do calls do not rerun it.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var once sync.Once
	calls := 0
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		once.Do(func() {
			calls++
			panic("once failed")
		})
	}()
	once.Do(func() { calls++ })
	fmt.Println("calls", calls)
}
