// Tests: request/reply with a channel of channels.
package main

import "fmt"

type req struct {
	n     int
	reply chan int
}

func server(reqs <-chan req) {
	for r := range reqs {
		r.reply <- r.n * 2
	}
}

func main() {
	reqs := make(chan req)
	go server(reqs)
	for i := 1; i <= 3; i++ {
		rc := make(chan int)
		reqs <- req{i, rc}
		fmt.Println(<-rc)
	}
	close(reqs)
}
