// Tests: goroutine panic frames include the goroutine's call chain.
package main

import (
	"fmt"
	"time"
)

func process(items []int, i int) int { return items[i] }

func worker(items []int) {
	fmt.Println("worker start")
	fmt.Println(process(items, 10))
}

func main() {
	go worker([]int{1, 2})
	time.Sleep(time.Second)
}
