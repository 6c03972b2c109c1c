// Lesson 4: a panic while deferred calls run for another panic. The new
// panic takes over; both are printed, oldest first.
package main

import "fmt"

func main() {
	defer fmt.Println("main's deferred print still runs")
	defer func() {
		panic("second: raised while the first panic runs deferred calls")
	}()
	panic("first")
}
