// Tests: several time.After channels fire in order of duration.
package main

import (
	"fmt"
	"time"
)

func main() {
	a := time.After(300 * time.Millisecond)
	b := time.After(100 * time.Millisecond)
	c := time.After(200 * time.Millisecond)
	for range 3 {
		select {
		case <-a:
			fmt.Println("a")
		case <-b:
			fmt.Println("b")
		case <-c:
			fmt.Println("c")
		}
	}
}
