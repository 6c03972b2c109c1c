// Tests: a select case may receive in parentheses, plain, assigned or with comma-ok
package main

import "fmt"

func main() {
	c := make(chan int, 3)
	c <- 1
	c <- 2
	c <- 3
	select {
	case (<-c):
		fmt.Println("plain")
	}
	select {
	case x := (<-c):
		fmt.Println("assigned", x)
	}
	var y int
	var ok bool
	select {
	case y, ok = (<-c):
		fmt.Println("comma-ok", y, ok)
	}
	close(c)
	select {
	case z, ok := (<-c):
		fmt.Println("closed", z, ok)
	}
}
