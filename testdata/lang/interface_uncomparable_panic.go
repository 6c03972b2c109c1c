// Tests: comparing interfaces holding slices panics with runtime error.
package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		fmt.Printf("%T\n", r)
	}()
	var a, b any = []int{1}, []int{1}
	fmt.Println(a == b)
}
