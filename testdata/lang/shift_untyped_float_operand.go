// A constant shift of an untyped float or complex constant with an integer
// value is an untyped integer constant; a non-constant shift of an untyped
// constant without context takes the constant's default type.
package main

import "fmt"

func main() {
	println(1.0<<3, 1<<(1+0i), 2.0>>1)
	var f float64 = 1.0 << 3
	const c = 4.0 << 2
	fmt.Printf("%T %v %T %v\n", c, c, f, f)
	var s uint = 3
	r := 'a' << s
	var i interface{} = 1 << s
	fmt.Printf("%T %v %T %v\n", r, r, i, i)
	fmt.Println(1<<s, 'b'>>s, 1<<(1.<<s))
	var u uint8 = 1 << s
	x := 1<<s + 1
	fmt.Println(u, x)
}
