// Tests: slice to array conversions copy the elements; a short slice panics with the runtime's length-check message.
package main

import "fmt"

type A3 [3]int

func conv(s []int) [4]int {
	return [4]int(s)
}

func main() {
	s := []int{1, 2, 3, 4}
	a := [3]int(s)
	a[0] = 9
	fmt.Println(a, s)
	b := A3(s[1:])
	fmt.Printf("%T %v\n", b, b)
	var ns []int
	fmt.Println([0]int(ns), [0]int(s))
	bs := []byte("hello")
	fmt.Println([5]byte(bs), [2]byte(bs[3:])[0])
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		_ = [1]int(ns)
	}()
	fmt.Println(conv(s))
	fmt.Println(conv(s[1:]))
}
