// Tests: runtime.Goexit inside a sort.Slice less function and inside main's String method called by fmt: defers run, the goroutines end, main's Goexit ends in Go's deadlock
package main

import (
	"fmt"
	"runtime"
	"sort"
)

type G struct{}

func (G) String() string { runtime.Goexit(); return "x" }

func main() {
	done := make(chan bool)
	go func() {
		defer close(done)
		defer fmt.Println("sort defer")
		x := []int{3, 1, 2}
		sort.Slice(x, func(i, j int) bool { runtime.Goexit(); return x[i] < x[j] })
		fmt.Println("not reached")
	}()
	<-done
	defer fmt.Println("main defer")
	fmt.Println(G{})
}
