// Tests: re-panicking the recovered value prints [recovered, repanicked].
package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("got", r)
		panic(r)
	}()
	panic("first")
}
