// Tests: labeled continue and break from inside select and switch within a loop.
package main

import "fmt"

func main() {
	ch := make(chan int, 10)
	for i := range 6 {
		ch <- i
	}
	close(ch)
Loop:
	for {
		select {
		case v, ok := <-ch:
			if !ok {
				break Loop
			}
			switch {
			case v%2 == 0:
				continue Loop
			}
			fmt.Println("odd", v)
		}
	}
	fmt.Println("done")
}
