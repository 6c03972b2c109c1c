// Tests: main returns while a goroutine sleeps; its output never appears.
package main

import (
	"fmt"
	"time"
)

func main() {
	go func() {
		time.Sleep(500 * time.Millisecond)
		fmt.Println("too late")
	}()
	time.Sleep(10 * time.Millisecond)
	fmt.Println("main exits")
}
