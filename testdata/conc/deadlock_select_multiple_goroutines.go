// Tests: deadlock with main in select and two goroutines blocked on channels.
package main

import "fmt"

func main() {
	a, b := make(chan int), make(chan int)
	go func() { a <- <-b }()
	go func() { b <- <-a }()
	fmt.Println("started")
	select {
	case <-a:
	case <-b:
	}
}
