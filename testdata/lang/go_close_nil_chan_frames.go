// Tests: go close(nil chan): the goroutine's only frame is the hidden gowrap, so Go prints all its frames.
package main

import "time"

func main() {
	var c chan int
	go close(c)
	time.Sleep(time.Second)
}
