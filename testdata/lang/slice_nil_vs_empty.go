// Tests: nil slice vs empty slice: len, printing, nil comparison, append.
package main

import "fmt"

func main() {
	var a []int
	b := []int{}
	c := make([]int, 0, 5)
	fmt.Println(a == nil, b == nil, c == nil)
	fmt.Println(len(a), cap(a), len(c), cap(c))
	fmt.Println(a, b)
	fmt.Printf("%v %#v %#v\n", a, a, b)
	a = append(a, 1)
	fmt.Println(a, len(a))
	for range a[:0] {
		fmt.Println("never")
	}
}
