// Tests: make chan with negative size panics.
package main

func main() {
	n := -2
	_ = make(chan int, n)
}
