// Tests: two closures sharing one captured variable see each other's writes.
package main

import "fmt"

func pair() (func(), func() int) {
	x := 0
	return func() { x += 10 }, func() int { return x }
}

func main() {
	add, get := pair()
	add()
	add()
	fmt.Println(get())
	y := 1
	f := func() { y *= 3 }
	f()
	f()
	fmt.Println(y)
}
