// Tests: compile error: a string plus a rune variable
package main

import "fmt"

func main() {
	s := "a"
	r := 'b'
	fmt.Println(s + r)
}
