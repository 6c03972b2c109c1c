// Tests: typed and untyped constants, default types shown with %T.
package main

import "fmt"

const a = 10
const b = 2.5
const c = 'x'
const d = 1 + 2i
const e int64 = 5

func main() {
	fmt.Printf("%T %T %T %T %T\n", a, b, c, d, e)
	fmt.Printf("%T\n", a*b)
	fmt.Printf("%T %v\n", c+1, c+1)
	var u uint8 = a
	fmt.Println(u, e*a)
}
