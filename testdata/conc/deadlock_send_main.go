// Tests: main blocked on unbuffered send: deadlock with chan send.
package main

func main() {
	ch := make(chan int)
	ch <- 1
}
