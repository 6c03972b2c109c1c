// Tests: select loop over data and quit channels.
package main

import "fmt"

func main() {
	data := make(chan int)
	quit := make(chan bool)
	go func() {
		for i := range 3 {
			data <- i
		}
		quit <- true
	}()
	for {
		select {
		case v := <-data:
			fmt.Println("data", v)
		case <-quit:
			fmt.Println("quit")
			return
		}
	}
}
