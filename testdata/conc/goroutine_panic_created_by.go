// Tests: unrecovered panic in a goroutine reports created by main.main.
package main

import "time"

func main() {
	go func() {
		panic("goroutine boom")
	}()
	time.Sleep(time.Second)
}
