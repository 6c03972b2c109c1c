// Tests: unrecovered panic in a goroutine: created by line and frames.
package main

import "time"

func worker(id int) {
	panic("worker failed")
}

func main() {
	go worker(7)
	time.Sleep(time.Second)
}
