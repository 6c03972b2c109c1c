// Tests: an unrecovered index out of range panics with the index and the length.
package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	i := 7
	fmt.Println("len", len(s))
	fmt.Println(s[i])
}
