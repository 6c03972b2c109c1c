package main

import "fmt"

// A goroutine's function captures r: gc moves r to the heap, so f's
// defers are not open-coded and its frame is at the closing brace.
func f() (r int) {
	done := make(chan bool)
	defer func() { panic(fmt.Sprint("r=", r)) }()
	go func() {
		r++
		done <- true
	}()
	<-done
	return r + 1
}

func main() {
	f()
}
