// Tests: goroutines capturing per-iteration loop variables (Go 1.22).
package main

import (
	"fmt"
	"sort"
)

func main() {
	ch := make(chan int)
	for i := 0; i < 4; i++ {
		go func() { ch <- i }()
	}
	got := []int{}
	for range 4 {
		got = append(got, <-ch)
	}
	sort.Ints(got)
	fmt.Println(got)
}
