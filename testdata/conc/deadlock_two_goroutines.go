// Tests: deadlock with a second goroutine also blocked; first block is main.
package main

func main() {
	a, b := make(chan int), make(chan int)
	go func() {
		<-a
		b <- 1
	}()
	<-b
	a <- 1
}
