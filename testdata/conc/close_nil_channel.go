// Tests: close of nil channel panics.
package main

func main() {
	var ch chan bool
	close(ch)
}
