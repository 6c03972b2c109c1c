// Lesson 6: a panic nobody recovers in any goroutine ends the whole
// program; main's deferred calls do not run.
package main

import (
	"fmt"
	"time"
)

func main() {
	defer fmt.Println("main's deferred call: never printed")
	go func() {
		defer fmt.Println("the goroutine's deferred call runs")
		var m map[string]int
		m["x"] = 1 // assignment to entry in nil map
	}()
	time.Sleep(time.Second)
	fmt.Println("never printed")
}
