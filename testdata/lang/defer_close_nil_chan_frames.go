// Tests: a deferred close of a nil channel panics with gc's frames: the deferwrap is hidden (its callee is closechan).
package main

import "fmt"

func work() {
	var c chan int
	defer close(c)
	fmt.Println("working")
}

func main() {
	work()
}
