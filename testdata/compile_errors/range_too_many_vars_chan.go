// Tests: compile error: range over a channel with two variables
package main

func main() {
	c := make(chan int)
	for i, v := range c {
		_, _ = i, v
	}
}
