// Tests: re-panicking a recovered runtime error shows [recovered, repanicked].
package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("saw:", r)
		panic(r)
	}()
	var a []int
	_ = a[3]
}
