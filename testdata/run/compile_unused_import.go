// Tests: an unused import is a compile error.
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("hi")
}
