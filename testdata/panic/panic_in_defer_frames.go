// Tests: frames for a panic raised inside a deferred closure during normal return.
package main

import "fmt"

func work() {
	defer func() {
		panic("from defer")
	}()
	fmt.Println("working")
}

func main() {
	work()
}
