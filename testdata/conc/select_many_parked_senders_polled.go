// Tests: hundreds of goroutines parked in selects on send cases are drained by one goroutine polling every channel with default
package main

import "fmt"

func main() {
	const n = 300
	cs := make([]chan int, n)
	for i := range cs {
		cs[i] = make(chan int)
	}
	done := make(chan bool)
	for i := 0; i < n; i++ {
		go func(i int) {
			for j := 0; j < 5; j++ {
				select {
				case cs[i] <- j:
				case cs[(i+1)%n] <- j:
				}
			}
			done <- true
		}(i)
	}
	sum := 0
	go func() {
		for {
			for i := 0; i < n; i++ {
				select {
				case v := <-cs[i]:
					sum += v
				default:
				}
			}
		}
	}()
	for i := 0; i < n; i++ {
		<-done
	}
	fmt.Println("all senders done")
}
