// Tests: compile error: a constant shift count beyond types2's bound is invalid.
package main

import "fmt"

const limit = 1 << 2000

func main() {
	fmt.Println(limit > 0)
}
