// defer_in_loop: defers registered inside a loop (heap-allocated _defer
// records on the goroutine's chain, run newest first at return).
package main

import "fmt"

var total int

func many(k int) {
	for i := 0; i < k; i++ {
		defer func(j int) { total += j }(i)
	}
}

func main() {
	for r := 0; r < 20000; r++ {
		many(50)
	}
	fmt.Println("defer_in_loop", total)
}
