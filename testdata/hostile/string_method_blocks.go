// Tests: a String method that receives from a channel nobody sends on blocks inside fmt: Go's deadlock
package main

import "fmt"

type T struct{ c chan int }

func (t T) String() string { return fmt.Sprint(<-t.c) }

func main() {
	fmt.Println("before")
	fmt.Println(T{make(chan int)})
}
