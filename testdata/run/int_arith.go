// Tests: integer arithmetic: truncated division and remainder of negatives, shifts, bit ops, wrap-around.
package main

import "fmt"

func main() {
	a, b := 17, 5
	fmt.Println(a+b, a-b, a*b, a/b, a%b)
	fmt.Println(-a/b, -a%b, a/-b, a%-b)
	fmt.Println(1<<10, 1024>>3, 6&3, 6|3, 6^3, 6&^3)
	var i8 int8 = 127
	i8++
	fmt.Println(i8)
	var u uint8 = 0
	u--
	fmt.Println(u, ^0, -(-9))
}
