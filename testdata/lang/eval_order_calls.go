// Tests: function call operands evaluated left to right.
package main

import "fmt"

var n int

func next(tag string) int {
	n++
	fmt.Println(tag, n)
	return n
}

func add(a, b, c int) int { return a*100 + b*10 + c }

func main() {
	fmt.Println(add(next("a"), next("b"), next("c")))
	m := map[int]int{next("k"): next("v")}
	fmt.Println(m)
}
