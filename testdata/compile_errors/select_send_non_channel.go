// Tests: a select send case on a value that is not a channel
package main

func main() {
	x := 3
	select {
	case x <- 1:
	default:
	}
}
