// Tests: int32 and int64 multiplication overflow wraps.
package main

import "fmt"

func main() {
	var a int32 = 1 << 30
	fmt.Println(a * 4, a*2)
	var b int64 = 1 << 62
	fmt.Println(b*2, b*4)
	var m int64 = -9223372036854775808
	fmt.Println(m-1, -m)
	var i int = 9223372036854775807
	i++
	fmt.Println(i)
}
