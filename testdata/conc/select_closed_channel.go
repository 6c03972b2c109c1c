// Tests: select receiving from a closed channel gets zero value and ok false.
package main

import "fmt"

func main() {
	done := make(chan struct{})
	close(done)
	select {
	case v, ok := <-done:
		fmt.Println("closed", v, ok)
	}
	select {}
}
