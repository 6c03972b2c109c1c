// Tests: append with no values, appending a string to a byte slice, appending slices.
package main

import "fmt"

func main() {
	var s []int
	s = append(s)
	fmt.Println(s == nil, len(s))
	b := append([]byte("ab"), "cd"...)
	fmt.Println(string(b))
	x := []int{1, 2}
	y := append(x, x...)
	fmt.Println(y)
	z := append(x[:1], 9)
	fmt.Println(x, z)
	var nilS []string
	nilS = append(nilS, nilS...)
	fmt.Println(nilS == nil)
}
