// Tests: compile error: sending on a receive-only channel parameter
package main

func f(c <-chan int) {
	c <- 1
}

func main() {
}
