// Tests: compile error: receiving from an int
package main

func main() {
	n := 1
	_ = <-n
}
