// Tests: compile error for a shifted constant that overflows int.
package main

import "fmt"

func main() {
	x := 1 << 64
	fmt.Println(x)
}
