// Tests: compile error: sending a string on a chan int
package main

func main() {
	c := make(chan int, 1)
	c <- "x"
}
