// Tests: a goroutine recovers, prints, and re-panics; the program dies with [recovered, repanicked].
package main

import (
	"fmt"
	"time"
)

func main() {
	go func() {
		defer func() {
			r := recover()
			fmt.Println("goroutine saw", r)
			panic(r)
		}()
		panic("job")
	}()
	time.Sleep(time.Second)
}
