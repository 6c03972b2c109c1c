// Tests: directional channel types printed with %T.
package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	var s chan<- int = ch
	var r <-chan int = ch
	s <- 5
	fmt.Println(<-r)
	fmt.Printf("%T %T %T\n", ch, s, r)
	var cs chan struct{}
	fmt.Printf("%T %v\n", cs, cs == nil)
}
