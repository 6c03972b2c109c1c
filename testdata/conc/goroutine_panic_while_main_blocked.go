// Tests: a goroutine panic kills the program while main waits on a channel.
package main

import "fmt"

func main() {
	block := make(chan int)
	start := make(chan bool)
	go func() {
		<-start
		var m map[int]int
		m[1] = 1
	}()
	fmt.Println("waiting")
	start <- true
	<-block
}
