// Tests: ranging over a nil channel blocks forever: deadlock.
package main

import "fmt"

func main() {
	var ch chan int
	fmt.Println("ranging")
	for v := range ch {
		fmt.Println(v)
	}
}
