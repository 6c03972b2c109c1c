// Tests: compile error: a typed int constant is not assignable to byte (no overflow message).
package main

import "fmt"

const big int = 1 << 40

func main() {
	var b byte = big
	fmt.Println(b)
}
