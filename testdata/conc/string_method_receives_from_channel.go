// Tests: a String method that fmt calls may block on a channel: the other goroutines run and fmt prints the value it received
package main

import "fmt"

type T struct{ c chan string }

func (t T) String() string { return <-t.c }

func main() {
	t := T{make(chan string)}
	go func() {
		t.c <- "hello from a channel"
		t.c <- "and again"
	}()
	fmt.Println(t)
	fmt.Printf("%v|%s\n", T{t.c}, "x")
}
