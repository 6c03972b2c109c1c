// Tests: runtime.Goexit inside a String method that fmt calls ends the goroutine (fmt's catchPanic does not stop it) after running its defers, and prints nothing of that call
package main

import (
	"fmt"
	"runtime"
)

type G struct{}

func (G) String() string {
	defer fmt.Println("String's defer runs")
	runtime.Goexit()
	return "x"
}

func main() {
	done := make(chan bool)
	go func() {
		defer close(done)
		defer fmt.Println("goroutine's defer runs")
		fmt.Println("before", G{}, "after")
		fmt.Println("not reached")
	}()
	<-done
	fmt.Println(fmt.Sprint("main done ", 1))
}
