// Tests: a comparison with a concrete operand on the left and an interface on the right compares the boxed values (==, !=, generic T against any, T against a non-empty interface).
package main

import "fmt"

type I interface{ foo() }

type myint int

func (myint) foo() {}

type S struct{ a, b float64 }

func eqAny[T comparable](t T, i any) bool { return t == i }

func eqI[T interface {
	comparable
	I
}](t T, i I) bool {
	return t == i
}

func main() {
	x := 3
	var i any = 5
	var j any = "a"
	fmt.Println(x == i, x != i, i == x, i != x)
	fmt.Println(x == j, "a" == j, "b" == j, j == "a")
	i = 3
	fmt.Println(x == i, x != i)
	fmt.Println(eqAny(3, 3), eqAny(3, 5), eqAny("a", "a"), eqAny(3, "3"))
	fmt.Println(eqAny(S{3, 5}, S{3, 5}), eqAny(S{3, 5}, S{4, 6}))
	fmt.Println(eqI(myint(3), myint(3)), eqI(myint(3), myint(4)))
	var e error
	p := &x
	var pi any = p
	fmt.Println(p == pi, &x == pi, e == nil)
}
