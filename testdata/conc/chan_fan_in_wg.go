// Tests: fan-in from several producers, collected and summed after closing.
package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	out := make(chan int)
	var wg sync.WaitGroup
	for p := range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 3 {
				out <- p*10 + i
			}
		}()
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	var got []int
	for v := range out {
		got = append(got, v)
	}
	sort.Ints(got)
	fmt.Println(got)
}
