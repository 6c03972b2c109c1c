// Tests: channel direction errors: send to a receive-only channel, receive and range from a send-only channel, close of a receive-only channel
package main

func main() {
	ch := make(<-chan int)
	ch <- 1
	var s chan<- string = make(chan string)
	v, ok := <-s
	_, _ = v, ok
	for x := range s {
		_ = x
	}
	close(ch)
}
