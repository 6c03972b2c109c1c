// Tests: a non-constant shift of an untyped constant as a binary operation's right operand takes the left operand's type (`b |= 3 << s` with b a byte).
package main

import "fmt"

func main() {
	var s uint = 2
	var b byte = 1 << s
	b = b | 3<<s
	b |= 3 << (s + 4)
	var y int64 = 5
	y += 1 << s
	y = y - (1 << (s * 20))
	var u uint16 = 0xffff
	u &^= 1 << s
	fmt.Println(b, y, u, b == 1<<(s+5), u > 1<<s)
	fmt.Printf("%T %T\n", b|1<<s, y+1<<s)
}
