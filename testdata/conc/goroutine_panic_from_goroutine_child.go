// Tests: panic in a goroutine created by another goroutine: created by main.main.func1.
package main

import "time"

func main() {
	go func() {
		go func() {
			panic("grandchild")
		}()
		select {}
	}()
	time.Sleep(time.Second)
}
