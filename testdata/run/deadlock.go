// Tests: receiving when no other goroutine can send is a fatal deadlock (exit 2).
package main

import "fmt"

func main() {
	ch := make(chan int)
	fmt.Println("waiting")
	<-ch
}
