// Tests: channel misuse panics recovered, with runtime.Error types.
package main

import (
	"fmt"
	"runtime"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isRT := r.(runtime.Error)
		fmt.Printf("%s: %v (%T, runtime.Error=%v)\n", name, r, r, isRT)
	}()
	f()
}

func main() {
	var nilc chan int
	closed := make(chan int)
	close(closed)
	try("send closed", func() { closed <- 1 })
	try("close nil", func() { close(nilc) })
	try("close closed", func() { close(closed) })
}
