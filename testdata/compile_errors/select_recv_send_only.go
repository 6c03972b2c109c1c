// Tests: a select receive case on a send-only channel
package main

func main() {
	var s chan<- int
	select {
	case <-s:
	default:
	}
}
