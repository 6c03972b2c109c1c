// Tests: compile error: receiving from a send-only channel
package main

func f(c chan<- int) {
	_ = <-c
}

func main() {
}
