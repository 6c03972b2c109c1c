// Tests: index out of range on a string, recovered with %T.
package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Printf("%T: %v\n", r, r)
	}()
	s := "hi"
	n := 2
	fmt.Println(s[n])
}
