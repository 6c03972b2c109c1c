// Tests: receiving from a nil channel blocks forever: chan receive (nil chan).
package main

func main() {
	var ch chan int
	<-ch
}
