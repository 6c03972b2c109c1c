// Tests: a goroutine recovers its own panic; main is unaffected.
package main

import "fmt"

func main() {
	done := make(chan string)
	go func() {
		defer func() {
			done <- fmt.Sprint("goroutine recovered: ", recover())
		}()
		panic("in goroutine")
	}()
	fmt.Println(<-done)
	fmt.Println("main ok")
}
