// Tests: pointers to distinct zero-size objects (new(struct{}), new([0]int), &struct{}{}, the address of a zero-size global) are equal and print one address, as gc allocates them all at runtime.zerobase; they are one map key; pointers to non-zero-size objects stay distinct
package main

import "fmt"

type empty struct{}

var x [0]int
var p, q = new([0]int), new([0]int)

func main() {
	fmt.Println(p == q, &x == p)
	a, b := new(empty), &empty{}
	fmt.Println(a == b, fmt.Sprint(a) == fmt.Sprint(b))
	m := map[*empty]int{}
	m[a]++
	m[b]++
	fmt.Println(len(m), m[a])
	i, j := new(int), new(int)
	s, t := new([1]int), new([1]int)
	fmt.Println(i == j, s == t)
	var ia, ib any = a, b
	fmt.Println(ia == ib)
}
