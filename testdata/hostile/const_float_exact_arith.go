// Tests: untyped float constant arithmetic is exact: 1e308*1e308/1e308 is 1e308, not +Inf
package main

import "fmt"

const big = 1e308 * 1e308 / 1e308

func main() {
	fmt.Println(big, 1e308*1e308/1e308 == 1e308)
	println(1e308 * 1e308 / 1e308)
}
