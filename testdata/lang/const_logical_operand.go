// Tests: && and || with a constant operand: the constant decides without evaluating the other side.
package main

import "fmt"

const T = true
const F = false

type MyBool bool

var calls int

func side() bool { calls++; return true }

func main() {
	b, x := true, 1
	fmt.Println(false && b, true || !b, b && false, b || true)
	fmt.Println(F && b, T && b, F || b, T || b, !b || T, !false && b, !true || b)
	if false && x > 0 {
		fmt.Println("wrong: false && x > 0")
	}
	if !(true || x > 0) {
		fmt.Println("wrong: !(true || x > 0)")
	}
	switch {
	case F && x > 0:
		fmt.Println("wrong case")
	case T || x > 100:
		fmt.Println("right case")
	}
	for false && x > 0 {
		fmt.Println("wrong loop")
	}
	_ = false && side()
	_ = true || side()
	_ = side() && false
	_ = side() || true
	fmt.Println("calls:", calls)
	const c = 1 < 2
	fmt.Println(c && b, c == b, !c, c != true, 1 < 2 && b, "a" < "b" && !b)
	var mb MyBool = true
	fmt.Println(mb && false, false || mb, !mb, x > 0 && mb)
	var r = false || mb
	fmt.Printf("%T %v\n", r, r)
	var i interface{} = false && b
	fmt.Printf("%T %v\n", i, i)
	const k = !T || F
	fmt.Printf("%T %v %v\n", k, k, T == F)
}
