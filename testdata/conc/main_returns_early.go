// Tests: main returning ends the program; a blocked goroutine's defers do not run.
package main

import "fmt"

func main() {
	started := make(chan bool)
	go func() {
		defer fmt.Println("never printed")
		started <- true
		select {}
	}()
	<-started
	fmt.Println("main returns")
}
