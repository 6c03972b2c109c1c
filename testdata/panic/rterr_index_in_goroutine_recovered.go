// Tests: a runtime error in a goroutine recovered there; main continues.
package main

import "fmt"

func main() {
	res := make(chan string)
	go func() {
		defer func() {
			res <- fmt.Sprint(recover())
		}()
		var arr []int
		idx := 3
		arr[idx]++
	}()
	fmt.Println(<-res)
}
