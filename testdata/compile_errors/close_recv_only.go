// Tests: compile error: close of a receive-only channel
package main

func main() {
	var c <-chan int
	close(c)
}
