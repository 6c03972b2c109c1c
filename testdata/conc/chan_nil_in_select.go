// Tests: nil channels block forever; a select disables them.
package main

import "fmt"

func main() {
	a := make(chan int, 1)
	var b chan int
	a <- 1
	for range 2 {
		select {
		case v := <-a:
			fmt.Println("a", v)
			a = nil
		case v := <-b:
			fmt.Println("b", v)
		default:
			fmt.Println("nothing ready")
		}
	}
}
