// Tests: comparing interface values compares dynamic type and value.
package main

import "fmt"

type A int
type B int

func main() {
	var x, y any = A(1), A(1)
	var z any = B(1)
	fmt.Println(x == y, x == z, x == 1, z == B(1))
	var e1, e2 error
	fmt.Println(e1 == e2)
	fmt.Println(any("s") == any("s"), any(1.0) == any(1))
}
