// Tests: compile error: an untyped constant beyond 128 bits passed to fmt.Println overflows int.
package main

import "fmt"

const huge = 1 << 200

func main() {
	fmt.Println(huge)
}
