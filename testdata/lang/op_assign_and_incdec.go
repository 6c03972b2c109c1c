// Tests: compound assignment operators and ++/-- on map entries and struct fields.
package main

import "fmt"

type P struct{ X int }

func main() {
	x := 10
	x += 5
	x -= 3
	x *= 2
	x /= 4
	x %= 4
	x <<= 3
	x >>= 1
	x |= 1
	x &= 0xd
	x ^= 2
	fmt.Println(x)
	m := map[string]int{}
	m["a"]++
	m["a"] += 10
	p := &P{}
	p.X--
	arr := [2]int{}
	arr[1]++
	fmt.Println(m, p.X, arr)
}
