// Tests: time.Sleep with zero and negative durations returns immediately.
package main

import (
	"fmt"
	"time"
)

func main() {
	time.Sleep(0)
	time.Sleep(-5 * time.Second)
	done := make(chan bool)
	go func() {
		time.Sleep(-1)
		done <- true
	}()
	<-done
	fmt.Println("ok")
}
