// Tests: a typed constant of a named type is described with its basic type in a mismatch message (constant 3 of int8 type A)
package main

type A int8

func main() {
	const c A = 3
	var s string = c + 0
	println(s)
}
