// Tests: a typed constant expression of a named integer type that overflows names the basic type (constant 200 of int8 type A) overflows int8
package main

type A int8

func main() {
	const c A = 100
	var x A = 1
	println(x + c*2)
}
