// Tests: iota with skipped values, expressions and reset in a new const block.
package main

import "fmt"

const (
	A = iota * 10
	_
	C
	D = "x"
	E
	F = iota
)

const (
	G = iota
	H
)

func main() {
	fmt.Println(A, C, D, E, F, G, H)
}
