// Tests: arrays are values; copying and passing to functions copies.
package main

import "fmt"

func zero(a [3]int) { a[0] = 0 }
func zeroP(a *[3]int) { a[0] = 0 }

func main() {
	a := [3]int{1, 2, 3}
	b := a
	b[1] = 20
	zero(a)
	fmt.Println(a, b)
	zeroP(&a)
	fmt.Println(a, len(a))
	c := [...]string{2: "c", 0: "a"}
	fmt.Println(len(c), c)
	var m [2][3]int
	m[1][2] = 5
	fmt.Println(m)
}
