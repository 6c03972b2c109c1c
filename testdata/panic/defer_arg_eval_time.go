// Tests: defer arguments are evaluated at the defer statement; closures see later values.
package main

import "fmt"

func main() {
	x := 1
	defer fmt.Println("arg:", x)
	defer func() { fmt.Println("closure:", x) }()
	defer func(v int) { fmt.Println("param:", v) }(x * 10)
	x = 2
	s := []int{1}
	defer fmt.Println("slice:", s)
	s[0] = 99
}
