// Tests: compile error for constant arithmetic overflowing int8.
package main

import "fmt"

func main() {
	const x int8 = 100
	fmt.Println(x * 2)
}
