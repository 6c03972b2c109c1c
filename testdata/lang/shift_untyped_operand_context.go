// Tests: a non-constant shift of an untyped constant takes the type of the other operand of a comparison or arithmetic (on either side, under unary - ^ and parentheses) or of the declaration it initialises
package main

import "fmt"

func main() {
	var x int32 = 3
	var p int32 = 5
	var u uint8 = 2
	var s uint = 31
	var f float64 = 2

	// The shift on the left of a comparison takes the right operand's type.
	fmt.Println(1<<u <= p, -(1 << u) <= p, ^(1 << u) < p, p == 1<<x, +(1 << u) != p)
	fmt.Println((1<<u)+1 > p, 1<<u == int64(f))
	// int32(1)<<31 wraps negative; int 1<<31 would not.
	fmt.Println(1<<s < p, -(1<<s) < p)
	fmt.Printf("%T %v\n", -(1<<u)+p, -(1<<u)+p)

	// A declaration's type reaches the shift through arithmetic.
	var a int32 = -(1 << u)
	var b int32 = (1 << u) + 1
	var c int8 = 1 + 1<<u
	var d uint16 = ^(1 << u)
	var e int64 = 1<<u | 1<<(u+1)
	var g int8 = 1 << (u + 5)
	fmt.Printf("%T %v %T %v %T %v %T %v %T %v %T %v\n", a, a, b, b, c, c, d, d, e, e, g, g)

	// Without a typed context the constant is an int.
	h := 1 << s
	fmt.Printf("%T %v %v\n", h, h, 1<<u == 4)
}
