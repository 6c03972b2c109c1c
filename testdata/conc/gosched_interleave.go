// Tests: runtime.Gosched with a single-slot channel handoff gives strict alternation.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	turn := make(chan int)
	done := make(chan bool)
	go func() {
		for i := 0; i < 3; i++ {
			v := <-turn
			fmt.Println("goroutine got", v)
			runtime.Gosched()
			turn <- v + 1
		}
		done <- true
	}()
	v := 0
	for i := 0; i < 3; i++ {
		turn <- v
		v = <-turn
		fmt.Println("main got", v)
	}
	<-done
}
