// Tests: multiple and named results with naked return.
package main

import "fmt"

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func swap(a, b string) (string, string) { return b, a }

func shadow() (x int) {
	x = 1
	{
		x := 2
		_ = x
	}
	return
}

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	fmt.Println(swap("a", "b"))
	fmt.Println(shadow())
	_, r2 := divmod(9, 4)
	fmt.Println(r2)
}
