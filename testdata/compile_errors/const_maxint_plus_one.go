// Tests: compile error: math.MaxInt64 + 1 passed as an int
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.MaxInt64 + 1)
}
